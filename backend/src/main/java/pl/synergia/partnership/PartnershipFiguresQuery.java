package pl.synergia.partnership;

import static pl.synergia.shared.persistence.NativeValues.day;
import static pl.synergia.shared.persistence.NativeValues.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import pl.synergia.shared.figures.PartnershipFigures;

/** The partnership context's published read model for the regional figures, over its own tables. */
@ApplicationScoped
public class PartnershipFiguresQuery implements PartnershipFigures {

    @Inject
    EntityManager em;

    @Override
    public List<PactFigure> pacts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select p.id, p.gmina_teryt, p.status, p.created_at, p.activated_at, "
                + "p.dissolved_at, "
                + "(select max(e.occurred_at) from partnership_event e where e.partnership_id = p.id and e.action = 'STATUS_CHANGED'), "
                + "(select min(s.created_at) from partnership_stakeholder s where s.partnership_id = p.id), "
                + "(select count(*) from partnership_stakeholder s where s.partnership_id = p.id), "
                + "z.established_on, "
                + "(select count(*) from zsl_member m where m.partnership_id = p.id and m.to_date is null), "
                + "v.variant_code, v.status, coalesce(v.decided_on, cast(v.updated_at at time zone 'Europe/Warsaw' as date)), "
                + "case when v.status = 'DONE' then coalesce(v.finished_on, cast(v.updated_at at time zone 'Europe/Warsaw' as date)) end "
                + "from partnership p left join zsl z on z.partnership_id = p.id "
                + "left join partnership_variant v on v.partnership_id = p.id and v.status in ('CHOSEN', 'IN_PROGRESS', 'DONE') "
                + "where p.kind = 'PACT' order by p.gmina_teryt, p.created_at, p.id").getResultList();
        Map<UUID, List<SignatoryFigure>> signatories = signatories();
        List<PactFigure> pacts = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            String status = (String) r[2];
            Instant created = instant(r[3]);
            Instant activated = instant(r[4]);
            Instant dissolved = instant(r[5]);
            Instant lastChange = instant(r[6]);
            Instant since = switch (PartnershipStatus.valueOf(status)) {
                case ACTIVE -> activated;
                case DISSOLVED -> dissolved;
                case DRAFT, CONSULTATION -> lastChange != null ? lastChange : created;
            };
            pacts.add(new PactFigure(id, (String) r[1], status, since, created, activated, dissolved, instant(r[7]),
                    ((Number) r[8]).intValue(), day(r[9]), ((Number) r[10]).intValue(), (String) r[11], (String) r[12],
                    day(r[13]), day(r[14]), signatories.getOrDefault(id, List.of())));
        }
        return pacts;
    }

    /** Parties that joined (still or once), with the sector the gmina's catalogue gives their institution. */
    private Map<UUID, List<SignatoryFigure>> signatories() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.partnership_id, s.institution_id, "
                + "(select min(k.sector) from partnership_stakeholder k where k.partnership_id = s.partnership_id "
                + "   and k.institution_id = s.institution_id), s.joined_on, s.withdrawn_on "
                + "from partnership_signatory s join partnership p on p.id = s.partnership_id "
                + "where p.kind = 'PACT' and s.status in ('JOINED', 'WITHDRAWN')").getResultList();
        Map<UUID, List<SignatoryFigure>> byPartnership = new HashMap<>();
        for (Object[] r : rows) {
            byPartnership.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                    .add(new SignatoryFigure((UUID) r[1], (String) r[2], day(r[3]), day(r[4])));
        }
        return byPartnership;
    }
}
