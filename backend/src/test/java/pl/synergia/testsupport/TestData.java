package pl.synergia.testsupport;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.directory.Institution;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.territory.Gmina;

/** Builds and stores the data a test needs; every name is unique so tests never see each other's rows. */
@ApplicationScoped
public class TestData {

    @Inject
    EntityManager em;

    public InstitutionBuilder institution() {
        return new InstitutionBuilder(this);
    }

    @Transactional
    Institution persist(InstitutionBuilder b) {
        Institution i = new Institution();
        i.id = UUID.randomUUID();
        i.type = b.type;
        i.name = b.name;
        i.gmina = em.getReference(Gmina.class, b.gminaTeryt);
        i.street = b.street;
        i.postalCode = b.postalCode;
        i.city = b.city;
        i.email = b.email;
        i.operator = b.operatorId == null ? null : em.getReference(Institution.class, b.operatorId);
        i.statusKind = b.statusKind;
        i.statusValidFrom = b.statusValidFrom;
        i.statusValidTo = b.statusValidTo;
        i.places = b.places;
        i.cooperativeProfile = b.cooperativeProfile;
        i.active = b.active;
        em.persist(i);
        return i;
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static final class InstitutionBuilder {
        private final TestData data;
        private InstitutionType type = InstitutionType.OPS;
        private String name = unique("Ośrodek Pomocy Społecznej");
        private String gminaTeryt = "1408011";
        private String street = "ul. Testowa 1";
        private String postalCode = "05-120";
        private String city = "Legionowo";
        private String email;
        private UUID operatorId;
        private pl.synergia.directory.OfficialStatusKind statusKind;
        private java.time.LocalDate statusValidFrom;
        private java.time.LocalDate statusValidTo;
        private Integer places;
        private pl.synergia.directory.CooperativeProfile cooperativeProfile;
        private boolean active = true;

        private InstitutionBuilder(TestData data) {
            this.data = data;
        }

        public InstitutionBuilder type(InstitutionType type) {
            this.type = type;
            return this;
        }

        public InstitutionBuilder name(String name) {
            this.name = name;
            return this;
        }

        public InstitutionBuilder gmina(String teryt) {
            this.gminaTeryt = teryt;
            return this;
        }

        public InstitutionBuilder city(String city) {
            this.city = city;
            return this;
        }

        /** The public contact address of the entry (none unless given). */
        public InstitutionBuilder email(String email) {
            this.email = email;
            return this;
        }

        public InstitutionBuilder operator(Institution operator) {
            this.operatorId = operator.id;
            return this;
        }

        public InstitutionBuilder officialStatus(pl.synergia.directory.OfficialStatusKind kind, java.time.LocalDate from,
                java.time.LocalDate to) {
            this.statusKind = kind;
            this.statusValidFrom = from;
            this.statusValidTo = to;
            return this;
        }

        public InstitutionBuilder places(int places) {
            this.places = places;
            return this;
        }

        public InstitutionBuilder cooperativeProfile(pl.synergia.directory.CooperativeProfile profile) {
            this.cooperativeProfile = profile;
            return this;
        }

        public InstitutionBuilder inactive() {
            this.active = false;
            return this;
        }

        public Institution create() {
            return data.persist(this);
        }
    }
}
