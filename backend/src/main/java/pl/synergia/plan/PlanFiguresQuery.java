package pl.synergia.plan;

import static pl.synergia.shared.persistence.NativeValues.day;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import pl.synergia.shared.figures.PlanFigures;

/**
 * The plan context's published read model for the regional figures: counts per gmina of the
 * person's residence (client.gmina_teryt, kept after anonymisation) and month, over its own
 * tables. Days are Polish days.
 */
@ApplicationScoped
public class PlanFiguresQuery implements PlanFigures {

    private static final String WARSAW_DAY = "cast(%s at time zone 'Europe/Warsaw' as date)";
    private static final String MONTH_OF = "to_char(%s, 'YYYY-MM')";

    @Inject
    EntityManager em;

    @Override
    public List<DayCount> peopleWithActivePlan(Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.gmina_teryt, d.day, count(distinct p.client_id) "
                + "from action_plan p join client c on c.id = p.client_id "
                + "join unnest(cast(?1 as date[])) as d(day) on p.period_from <= d.day "
                + "  and (p.closed_at is null or " + WARSAW_DAY.formatted("p.closed_at") + " > d.day) "
                + "where p.status <> 'DRAFT' group by c.gmina_teryt, d.day")
                .setParameter(1, days.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}")))
                .getResultList();
        return rows.stream().map(r -> new DayCount((String) r[0], day(r[1]), ((Number) r[2]).longValue())).toList();
    }

    @Override
    public List<MonthCount> plansStarted(LocalDate from, LocalDate to) {
        return monthly("select c.gmina_teryt, " + MONTH_OF.formatted("p.period_from") + ", '', count(*) "
                + "from action_plan p join client c on c.id = p.client_id "
                + "where p.status <> 'DRAFT' and p.period_from >= ?1 and p.period_from < ?2 group by 1, 2", from, to);
    }

    @Override
    public List<MonthCount> plansClosed(LocalDate from, LocalDate to) {
        String closedOn = WARSAW_DAY.formatted("p.closed_at");
        return monthly("select c.gmina_teryt, " + MONTH_OF.formatted(closedOn) + ", '', count(*) "
                + "from action_plan p join client c on c.id = p.client_id "
                + "where p.closed_at is not null and " + closedOn + " >= ?1 and " + closedOn + " < ?2 group by 1, 2", from, to);
    }

    @Override
    public List<MonthCount> outcomes(LocalDate from, LocalDate to) {
        return monthly("select c.gmina_teryt, " + MONTH_OF.formatted("o.occurred_on") + ", o.kind, count(*) "
                + "from plan_outcome o join action_plan p on p.id = o.plan_id join client c on c.id = p.client_id "
                + "where o.occurred_on >= ?1 and o.occurred_on < ?2 group by 1, 2, 3", from, to);
    }

    @Override
    public List<MonthCount> referralsSent(LocalDate from, LocalDate to, Map<UUID, String> groups) {
        return referrals("r.sent_at", "true", from, to, groups);
    }

    @Override
    public List<MonthCount> referralsAccepted(LocalDate from, LocalDate to, Map<UUID, String> groups) {
        // an accepted referral may since be DONE: it was accepted all the same
        return referrals("r.responded_at", "r.status in ('ACCEPTED', 'DONE')", from, to, groups);
    }

    @Override
    public List<MonthCount> referralsRejected(LocalDate from, LocalDate to, Map<UUID, String> groups) {
        return referrals("r.responded_at", "r.status = 'REJECTED'", from, to, groups);
    }

    /** Referrals counted by the month of {@code moment}, keyed by the groups of the two institutions. */
    private List<MonthCount> referrals(String moment, String condition, LocalDate from, LocalDate to, Map<UUID, String> groups) {
        String day = WARSAW_DAY.formatted(moment);
        Query query = em.createNativeQuery("with g(id, grp) as (select * from unnest(cast(?3 as uuid[]), cast(?4 as varchar[]))) "
                + "select c.gmina_teryt, " + MONTH_OF.formatted(day) + ", "
                + "coalesce(gf.grp, '?') || '>' || coalesce(gt.grp, '?'), count(*) "
                + "from referral r join client c on c.id = r.client_id "
                + "left join g gf on gf.id = r.from_institution_id left join g gt on gt.id = r.to_institution_id "
                + "where " + moment + " is not null and " + condition + " and " + day + " >= ?1 and " + day + " < ?2 "
                + "group by 1, 2, 3");
        List<UUID> ids = List.copyOf(groups.keySet());
        query.setParameter(3, ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")));
        query.setParameter(4, ids.stream().map(groups::get).map(PlanFiguresQuery::arrayElement)
                .collect(Collectors.joining(",", "{", "}")));
        return monthly(query, from, to);
    }

    @Override
    public List<AnswerTime> referralAnswerTimes(LocalDate from, LocalDate to) {
        String day = WARSAW_DAY.formatted("r.responded_at");
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("with a as (select c.gmina_teryt as g, " + MONTH_OF.formatted(day) + " as m, "
                + "extract(epoch from (r.responded_at - r.sent_at)) / 86400.0 as days "
                + "from referral r join client c on c.id = r.client_id "
                + "where r.responded_at is not null and r.status in ('ACCEPTED', 'DONE', 'REJECTED') "
                + "  and " + day + " >= ?1 and " + day + " < ?2) "
                + "select u.unit, p.period, count(*), percentile_cont(0.5) within group (order by a.days) from a "
                + "cross join lateral (values (substr(a.g, 1, 7)), (substr(a.g, 1, 4)), (substr(a.g, 1, 2))) as u(unit) "
                + "cross join lateral (values (a.m), (substr(a.m, 1, 4))) as p(period) "
                + "group by u.unit, p.period")
                .setParameter(1, from).setParameter(2, to).getResultList();
        return rows.stream().map(r -> new AnswerTime((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).doubleValue())).toList();
    }

    @Override
    public List<MonthCount> stepsStarted(LocalDate from, LocalDate to) {
        String started = "coalesce(s.actual_start, s.planned_start)";
        // a free action (the person's own or outside the catalogue) has no service: it counts in the total only
        return monthly("select c.gmina_teryt, " + MONTH_OF.formatted(started) + ", s.service_code, count(*) "
                + "from plan_step s join action_plan p on p.id = s.plan_id join client c on c.id = p.client_id "
                + "where s.status <> 'CANCELLED' and " + started + " >= ?1 and " + started + " < ?2 group by 1, 2, 3", from, to);
    }

    @Override
    public List<MonthCount> followUps(LocalDate from, LocalDate to) {
        String exit = WARSAW_DAY.formatted("p.closed_at");
        return monthly("select c.gmina_teryt, " + MONTH_OF.formatted(exit) + ", f.checkpoint || ':' || f.status, count(*) "
                + "from plan_follow_up f join action_plan p on p.id = f.plan_id join client c on c.id = p.client_id "
                + "where p.closed_at is not null and " + exit + " >= ?1 and " + exit + " < ?2 group by 1, 2, 3", from, to);
    }

    private List<MonthCount> monthly(String sql, LocalDate from, LocalDate to) {
        return monthly(em.createNativeQuery(sql), from, to);
    }

    private static List<MonthCount> monthly(Query query, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.setParameter(1, from).setParameter(2, to).getResultList();
        return rows.stream().map(r -> new MonthCount((String) r[0], YearMonth.parse((String) r[1]), (String) r[2],
                ((Number) r[3]).longValue())).toList();
    }

    /** An element of a PostgreSQL array literal, quoted. */
    private static String arrayElement(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
