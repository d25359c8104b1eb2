package pl.synergia.partnership;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.catalogue.OrganisationalVariantRef;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.territory.GminaRef;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.institution.InstitutionType;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.web.Preconditions;

/**
 * The organisational variants the gmina considers and chooses (seed 004), one chosen at a time,
 * with the variant's own detail: the neighbouring gmina's CIS or KIS to join, or who founds a new KIS.
 */
@ApplicationScoped
public class VariantService {

    @Inject
    PartnershipRepository repository;

    @Inject
    Clock clock;

    @Inject
    PartnershipAccess access;

    @Inject
    PartnershipViews views;

    @Inject
    PartnershipHistory history;

    @Inject
    InstitutionLookup institutions;

    @Inject
    CatalogueLookup catalogue;

    @Inject
    EntityManager em;

    @Transactional
    public List<VariantResponse> list(UUID partnershipId) {
        Partnership p = repository.require(partnershipId);
        List<PartnershipVariant> records = variants(p.id).stream()
                .sorted(Comparator.comparing((PartnershipVariant v) -> !v.status.chosen()).thenComparing(v -> v.createdAt)
                        .thenComparing(v -> v.id))
                .toList();
        Map<String, OrganisationalVariantRef> names = catalogue.organisationalVariants(records.stream().map(v -> v.variantCode).toList());
        return records.stream().map(v -> response(v, names.get(v.variantCode))).toList();
    }

    @Transactional
    public VariantResponse add(UUID partnershipId, VariantRequest r) {
        Partnership p = repository.lock(partnershipId);
        access.requireManage(p);
        PartnershipAccess.requireNotDissolved(p);
        List<FieldError> errors = new ArrayList<>();
        OrganisationalVariantRef variant = catalogue.organisationalVariant(r.variantCode().strip()).orElse(null);
        if (variant == null) {
            errors.add(new FieldError("variantCode", "invalid-reference", "is not an organisational variant of the catalogue"));
            throw ProblemException.unprocessable(errors);
        }
        check(p, null, variant.code(), r, errors);
        PartnershipVariant v = new PartnershipVariant();
        v.id = UUID.randomUUID();
        v.partnershipId = p.id;
        v.variantCode = variant.code();
        v.createdAt = clock.instant();
        apply(v, r);
        em.persist(v);
        em.flush();
        history.record(p, PartnershipAction.VARIANT_ADDED, "Wariant organizacyjny: " + variant.namePl() + " – " + statusPl(v.status) + ".");
        return response(v, variant);
    }

    @Transactional
    public VariantResponse update(UUID partnershipId, UUID variantId, long expectedVersion, VariantRequest r) {
        Partnership p = repository.lock(partnershipId);
        access.requireManage(p);
        PartnershipVariant v = Optional.ofNullable(em.find(PartnershipVariant.class, variantId, LockModeType.PESSIMISTIC_WRITE))
                .filter(x -> x.partnershipId.equals(p.id))
                .orElseThrow(() -> ProblemException.notFound("This partnership has no variant record with this id."));
        Preconditions.requireCurrent(expectedVersion, v.version);
        PartnershipAccess.requireNotDissolved(p);
        List<FieldError> errors = new ArrayList<>();
        if (!v.variantCode.equals(r.variantCode().strip())) {
            errors.add(new FieldError("variantCode", "immutable", "cannot change; record the other variant separately"));
        }
        if (!v.status.canMoveTo(r.status())) {
            errors.add(new FieldError("status", "invalid-transition", "a " + v.status + " variant cannot become " + r.status()));
        }
        check(p, v, v.variantCode, r, errors);
        VariantStatus before = v.status;
        apply(v, r);
        em.flush();
        OrganisationalVariantRef variant = catalogue.organisationalVariant(v.variantCode).orElseThrow();
        history.record(p, PartnershipAction.VARIANT_UPDATED, "Wariant organizacyjny: " + variant.namePl()
                + (before != v.status ? " – " + statusPl(before) + " → " + statusPl(v.status) : " – zmieniono szczegóły") + ".");
        return response(v, variant);
    }

    private void check(Partnership p, PartnershipVariant current, String code, VariantRequest r, List<FieldError> errors) {
        if (PartnershipVariant.JOIN_NEIGHBOUR.equals(code)) {
            if (r.partnerInstitutionId() == null) {
                errors.add(new FieldError("partnerInstitutionId", "required", "name the neighbouring gmina's CIS or KIS to join"));
            } else {
                Optional<InstitutionRef> partner = institutions.findRef(r.partnerInstitutionId());
                if (partner.isEmpty()) {
                    errors.add(new FieldError("partnerInstitutionId", "invalid-reference", "is not an institution of the directory"));
                } else if (partner.get().type() != InstitutionType.CIS && partner.get().type() != InstitutionType.KIS) {
                    errors.add(new FieldError("partnerInstitutionId", "invalid-for-type", "must be a CIS or a KIS"));
                } else if (institutions.findGmina(partner.get().id()).map(GminaRef::teryt).filter(p.gminaTeryt::equals).isPresent()) {
                    errors.add(new FieldError("partnerInstitutionId", "same-gmina", "must be in a neighbouring gmina, not this one"));
                }
            }
        } else if (r.partnerInstitutionId() != null) {
            errors.add(new FieldError("partnerInstitutionId", "invalid-for-variant", "only for " + PartnershipVariant.JOIN_NEIGHBOUR));
        }
        if (PartnershipVariant.NEW_KIS.equals(code)) {
            if (r.founder() == null) {
                errors.add(new FieldError("founder", "required", "say who founds the new KIS: OPS or NGO"));
            } else if (r.founderInstitutionId() != null) {
                Optional<InstitutionRef> founder = institutions.findRef(r.founderInstitutionId());
                if (founder.isEmpty()) {
                    errors.add(new FieldError("founderInstitutionId", "invalid-reference", "is not an institution of the directory"));
                } else if (!founder.get().type().name().equals(r.founder().name())) {
                    errors.add(new FieldError("founderInstitutionId", "invalid-for-type", "must be an " + r.founder()));
                }
            }
        } else {
            if (r.founder() != null) {
                errors.add(new FieldError("founder", "invalid-for-variant", "only for " + PartnershipVariant.NEW_KIS));
            }
            if (r.founderInstitutionId() != null) {
                errors.add(new FieldError("founderInstitutionId", "invalid-for-variant", "only for " + PartnershipVariant.NEW_KIS));
            }
        }
        if (r.decidedOn() != null && r.startedOn() != null && r.startedOn().isBefore(r.decidedOn())) {
            errors.add(new FieldError("startedOn", "date-order", "must not be before decidedOn"));
        }
        if (r.startedOn() != null && r.finishedOn() != null && r.finishedOn().isBefore(r.startedOn())) {
            errors.add(new FieldError("finishedOn", "date-order", "must not be before startedOn"));
        }
        if (r.status().chosen() && variants(p.id).stream()
                .anyMatch(v -> v.status.chosen() && (current == null || !v.id.equals(current.id)))) {
            errors.add(new FieldError("status", "another-chosen",
                    "another variant is already chosen; abandon it or set it back to CONSIDERED first"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
    }

    private void apply(PartnershipVariant v, VariantRequest r) {
        v.status = r.status();
        v.decidedOn = r.decidedOn();
        v.startedOn = r.startedOn();
        v.finishedOn = r.finishedOn();
        v.partnerInstitutionId = r.partnerInstitutionId();
        v.founder = r.founder();
        v.founderInstitutionId = r.founderInstitutionId();
        v.notes = PartnershipTexts.blankToNull(r.notes());
        v.updatedAt = clock.instant();
    }

    private List<PartnershipVariant> variants(UUID partnershipId) {
        return em.createQuery("select v from PartnershipVariant v where v.partnershipId = :p", PartnershipVariant.class)
                .setParameter("p", partnershipId).getResultList();
    }

    private VariantResponse response(PartnershipVariant v, OrganisationalVariantRef c) {
        return new VariantResponse(v.id, new VariantResponse.Variant(c.code(), c.namePl(), c.nameEn()), v.status, v.status.next(),
                v.decidedOn, v.startedOn, v.finishedOn, views.institution(v.partnerInstitutionId), v.founder,
                views.institution(v.founderInstitutionId), v.notes, v.createdAt, v.updatedAt, v.version);
    }

    private static String statusPl(VariantStatus status) {
        return switch (status) {
            case CONSIDERED -> "rozważany";
            case CHOSEN -> "wybrany";
            case IN_PROGRESS -> "w realizacji";
            case DONE -> "zrealizowany";
            case ABANDONED -> "zaniechany";
        };
    }
}
