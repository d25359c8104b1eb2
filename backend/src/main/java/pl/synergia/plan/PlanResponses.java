package pl.synergia.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.catalogue.ServiceRef;
import pl.synergia.shared.institution.InstitutionLookup;

/**
 * Plans as responses: what hangs off a plan (goals, steps, meetings, outcomes) is read once, the
 * institutions and catalogue entries it names are resolved once (one query each), and the due items
 * are computed from the same steps and meetings. Shared by the plan, step, export and referral services.
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
    Clock clock;

    /** A plan with everything that hangs off it. */
    record PlanContent(ActionPlan plan, List<PlanGoal> goals, List<PlanStep> steps, List<PlanMeeting> meetings,
            List<PlanOutcome> outcomes) {
    }

    /** The contents of these plans, in their order: four queries whatever their number. */
    List<PlanContent> contents(List<ActionPlan> plans) {
        List<UUID> ids = plans.stream().map(p -> p.id).toList();
        Map<UUID, List<PlanGoal>> goals = byPlan(repository.goals(ids), g -> g.planId);
        Map<UUID, List<PlanStep>> steps = byPlan(repository.steps(ids), s -> s.planId);
        Map<UUID, List<PlanMeeting>> meetings = byPlan(repository.meetings(ids), m -> m.planId);
        Map<UUID, List<PlanOutcome>> outcomes = byPlan(repository.outcomes(ids), o -> o.planId);
        return plans.stream().map(p -> new PlanContent(p, goals.getOrDefault(p.id, List.of()), steps.getOrDefault(p.id, List.of()),
                meetings.getOrDefault(p.id, List.of()), outcomes.getOrDefault(p.id, List.of()))).toList();
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
        Map<String, ServiceRef> services = new LinkedHashMap<>();
        catalogue.services(codes).forEach((code, entry) -> services.put(code, entry.ref()));
        Set<UUID> ids = new HashSet<>(institutionIds);
        ids.remove(null);
        return new References(institutions.findRefs(ids), services);
    }

    /** Everything the contents name: lead, team, step owners, meeting institutions, the steps' services. */
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
        PlanResponse.ClientRef who = client(client);
        boolean lead = plan.leadInstitutionId.equals(institution);
        return new PlanResponse(plan.id, plan.number, who, refs.institution(plan.leadInstitutionId), plan.title, plan.periodFrom, plan.periodTo,
                plan.status, plan.status.next(),
                team(plan).stream().map(m -> new PlanResponse.TeamMember(refs.institution(m.institutionId), m.addedAt,
                        client.registeredBy.equals(m.institutionId) || sharing.contains(m.institutionId))).toList(),
                goals(c),
                c.steps().stream().map(s -> new PlanResponse.Step(s.id, s.goalId, refs.institution(s.ownerInstitutionId),
                        refs.service(s.serviceCode), s.offeringId, s.title, s.plannedStart, s.plannedEnd, s.actualStart, s.actualEnd,
                        s.status, s.notes, s.ownerInstitutionId.equals(institution), s.version)).toList(),
                meetings(c, refs),
                outcomes(c),
                DueRules.ofPlan(plan, who, c.steps(), c.meetings(), refs::institution, LocalDate.now(clock)),
                lead,
                lead && access.coordinator(),
                plan.version);
    }

    static List<PlanResponse.Goal> goals(PlanContent c) {
        return c.goals().stream().map(g -> new PlanResponse.Goal(g.id, g.position, g.description)).toList();
    }

    static List<PlanResponse.Meeting> meetings(PlanContent c, References refs) {
        return c.meetings().stream().map(m -> new PlanResponse.Meeting(m.id, refs.institution(m.institutionId), m.heldOn,
                m.attendees, m.notes, m.recordedBy)).toList();
    }

    static List<PlanResponse.Outcome> outcomes(PlanContent c) {
        return c.outcomes().stream().map(o -> new PlanResponse.Outcome(o.id, o.kind, o.occurredOn, o.notes, o.recordedBy)).toList();
    }
}
