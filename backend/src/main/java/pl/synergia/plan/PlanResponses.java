package pl.synergia.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.security.CurrentUser;

/**
 * Plans as responses: what hangs off a plan (goals, steps, meetings, outcomes, diagnoses, referents,
 * follow-ups) is read once, the institutions and catalogue entries it names are resolved once (one
 * query each), and the due items are computed from the same steps and meetings. Shared by the plan,
 * step, export and referral services.
 */
@ApplicationScoped
public class PlanResponses {

    @Inject
    PlanRepository repository;

    @Inject
    PlanAccess access;

    @Inject
    InstitutionLookup institutions;

    @Inject
    CatalogueLookup catalogue;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    /** A plan with everything that hangs off it. */
    record PlanContent(ActionPlan plan, List<PlanGoal> goals, List<PlanStep> steps, List<PlanMeeting> meetings,
            List<PlanOutcome> outcomes, List<PlanDiagnosis> diagnoses, List<PlanReferent> referents, List<FollowUp> followUps) {
    }

    /** The contents of these plans, in their order: seven queries whatever their number. */
    List<PlanContent> contents(List<ActionPlan> plans) {
        List<UUID> ids = plans.stream().map(p -> p.id).toList();
        Map<UUID, List<PlanGoal>> goals = byPlan(repository.goals(ids), g -> g.planId);
        Map<UUID, List<PlanStep>> steps = byPlan(repository.steps(ids), s -> s.planId);
        Map<UUID, List<PlanMeeting>> meetings = byPlan(repository.meetings(ids), m -> m.planId);
        Map<UUID, List<PlanOutcome>> outcomes = byPlan(repository.outcomes(ids), o -> o.planId);
        Map<UUID, List<PlanDiagnosis>> diagnoses = byPlan(repository.diagnoses(ids), d -> d.planId);
        Map<UUID, List<PlanReferent>> referents = byPlan(repository.referents(ids), r -> r.planId);
        Map<UUID, List<FollowUp>> followUps = byPlan(repository.followUps(ids), f -> f.planId);
        return plans.stream().map(p -> new PlanContent(p, goals.getOrDefault(p.id, List.of()), steps.getOrDefault(p.id, List.of()),
                meetings.getOrDefault(p.id, List.of()), outcomes.getOrDefault(p.id, List.of()), diagnoses.getOrDefault(p.id, List.of()),
                referents.getOrDefault(p.id, List.of()), followUps.getOrDefault(p.id, List.of()))).toList();
    }

    /** Rows grouped by their plan, each group in the order of the rows. */
    static <T> Map<UUID, List<T>> byPlan(List<T> rows, Function<T, UUID> plan) {
        Map<UUID, List<T>> grouped = new LinkedHashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(plan.apply(row), id -> new ArrayList<>()).add(row));
        return grouped;
    }

    /** The institutions and catalogue entries with these ids and codes, one query each. */
    References references(Collection<UUID> institutionIds, Collection<String> serviceCodes) {
        Set<String> codes = new HashSet<>(serviceCodes);
        codes.remove(null);
        Set<UUID> ids = new HashSet<>(institutionIds);
        ids.remove(null);
        return new References(institutions.findRefs(ids), codes.isEmpty() ? Map.of() : catalogue.services(codes));
    }

    /** Everything the contents name: lead, team, step owners, meeting, diagnosis and referent institutions, the steps' services. */
    References references(Collection<PlanContent> contents) {
        Set<UUID> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (PlanContent c : contents) {
            ids.add(c.plan().leadInstitutionId);
            c.plan().team.forEach(m -> ids.add(m.institutionId));
            c.steps().forEach(s -> {
                ids.add(s.ownerInstitutionId);
                codes.add(s.serviceCode);
            });
            c.meetings().forEach(m -> ids.add(m.institutionId));
            c.diagnoses().forEach(d -> ids.add(d.institutionId));
            c.referents().forEach(r -> ids.add(r.institutionId));
        }
        return references(ids, codes);
    }

    /** The lead first, then in the order they joined. */
    static List<PlanMember> team(ActionPlan plan) {
        return plan.team.stream().sorted(Comparator.comparing((PlanMember m) -> !m.institutionId.equals(plan.leadInstitutionId))
                .thenComparing(m -> m.addedAt).thenComparing(m -> m.institutionId)).toList();
    }

    static PlanResponse.ClientRef client(Client client) {
        return new PlanResponse.ClientRef(client.id, client.firstName, client.lastName, client.anonymised());
    }

    /** The plan as the caller's institution sees it, with what it may do and what is due as of today. */
    PlanResponse response(ActionPlan plan, Client client, UUID institution) {
        PlanContent c = contents(List.of(plan)).get(0);
        References refs = references(List.of(c));
        Set<UUID> sharing = repository.institutionsSharing(client.id);
        boolean special = access.seesSensitive(client, institution);
        boolean restricted = repository.restricted(client.id);
        PlanResponse.ClientRef who = client(client);
        boolean lead = plan.leadInstitutionId.equals(institution);
        LocalDate today = LocalDate.now(clock);
        List<DueItem> due = new ArrayList<>(DueRules.ofPlan(plan, who, c.steps(), c.meetings(), refs::institution, refs::entry,
                institutions.officialStatuses(plan.team.stream().map(m -> m.institutionId).toList()), today));
        due.addAll(DueRules.followUps(plan, who, refs.institution(plan.leadInstitutionId),
                c.followUps().stream().map(f -> f.checkpoint).collect(Collectors.toSet()), today));
        due.sort(Comparator.comparing(DueItem::dueOn));
        return new PlanResponse(plan.id, plan.number, who, refs.institution(plan.leadInstitutionId), plan.title, plan.periodFrom, plan.periodTo,
                plan.status, plan.status.next(), DueRules.exitDay(plan.closedAt), regime(plan),
                team(plan).stream().map(m -> new PlanResponse.TeamMember(refs.institution(m.institutionId), m.addedAt,
                        client.registeredBy.equals(m.institutionId) || sharing.contains(m.institutionId))).toList(),
                referents(c, refs, institution),
                diagnoses(c, refs, special, today),
                goals(c, special),
                c.steps().stream().map(s -> new PlanResponse.Step(s.id, s.goalId, refs.institutionOrNull(s.ownerInstitutionId),
                        s.ownedByPerson, refs.service(s.serviceCode), s.offeringId, s.title, s.plannedStart, s.plannedEnd, s.actualStart,
                        s.actualEnd, s.status, s.notes, needs(s.needAreas, special), s.responsible(plan).equals(institution),
                        s.version)).toList(),
                meetings(c, refs),
                outcomes(c),
                followUps(c),
                due,
                lead,
                lead && access.coordinator(),
                special,
                restricted,
                plan.version);
    }

    static PlanResponse.Regime regime(ActionPlan plan) {
        return new PlanResponse.Regime(plan.regime, plan.regimeAgreementSignedOn, plan.regime.pupContactIntervalDays());
    }

    List<PlanResponse.Referent> referents(PlanContent c, References refs, UUID institution) {
        String me = user.subject();
        boolean coordinator = access.coordinator();
        return c.referents().stream().map(r -> new PlanResponse.Referent(refs.institution(r.institutionId), r.subject, r.displayName,
                r.since, r.subject.equals(me), r.institutionId.equals(institution) && (r.subject.equals(me) || coordinator))).toList();
    }

    /** Needs as areas, in the areas' order; special-category areas only for an institution that sees them. */
    static List<DiagnosisArea> needs(List<String> areas, boolean special) {
        return areas.stream().map(DiagnosisArea::valueOf).filter(a -> special || !a.specialCategory()).sorted().toList();
    }

    /** Every diagnosis, newest first, each with all areas in order; special-category areas withheld from who may not see them. */
    static List<PlanResponse.Diagnosis> diagnoses(PlanContent c, References refs, boolean special, LocalDate today) {
        return c.diagnoses().stream().map(d -> {
            Map<DiagnosisArea, PlanDiagnosis.Entry> byArea = new EnumMap<>(DiagnosisArea.class);
            d.areas.forEach(e -> byArea.put(e.area, e));
            List<PlanResponse.DiagnosisAreaView> areas = new ArrayList<>();
            for (DiagnosisArea area : DiagnosisArea.values()) {
                PlanDiagnosis.Entry e = byArea.get(area);
                if (area.specialCategory() && !special) {
                    areas.add(new PlanResponse.DiagnosisAreaView(area, null, null, true));
                } else {
                    areas.add(new PlanResponse.DiagnosisAreaView(area, e == null ? Assessment.NOT_EXPLORED : e.assessment,
                            e == null ? null : e.notes, false));
                }
            }
            return new PlanResponse.Diagnosis(d.id, refs.institution(d.institutionId), d.madeOn, d.validUntil,
                    !today.isBefore(d.madeOn) && !today.isAfter(d.validUntil), d.summary, d.madeByName, areas);
        }).toList();
    }

    static List<PlanResponse.Goal> goals(PlanContent c, boolean special) {
        return c.goals().stream().map(g -> new PlanResponse.Goal(g.id, g.position, g.description, needs(g.needAreas, special))).toList();
    }

    static List<PlanResponse.Meeting> meetings(PlanContent c, References refs) {
        return c.meetings().stream().map(m -> new PlanResponse.Meeting(m.id, refs.institution(m.institutionId), m.heldOn,
                m.attendees, m.notes, m.recordedBy)).toList();
    }

    static List<PlanResponse.Outcome> outcomes(PlanContent c) {
        return c.outcomes().stream().map(o -> new PlanResponse.Outcome(o.id, o.kind, o.occurredOn, o.notes, o.recordedBy)).toList();
    }

    static List<PlanResponse.FollowUpRecord> followUps(PlanContent c) {
        return c.followUps().stream().map(f -> new PlanResponse.FollowUpRecord(f.checkpoint, f.status, f.observedOn, f.notes,
                f.recordedBy)).toList();
    }
}
