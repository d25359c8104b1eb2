package pl.synergia.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.institution.InstitutionLookup;

/**
 * What an institution must do soon or is late with, across its active plans, and the referrals it
 * must answer (rules in {@link DueRules}). Read in a fixed number of statements whatever the number
 * of plans: the plans with their teams, their clients, the legal bases, the steps, the meetings, the
 * institutions; then one audit row per plan listed and per referral.
 */
@ApplicationScoped
public class DueItems {

    @Inject
    PlanRepository repository;

    @Inject
    PlanAccess access;

    @Inject
    ReferralService referrals;

    @Inject
    InstitutionLookup institutions;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Active plans read per slice by {@link #eachActivePlan}. */
    static final int SLICE = 500;

    /**
     * Every active plan with its due items as of {@code today} (the same rules as the lists), a
     * slice of {@value #SLICE} plans at a time in a fixed number of statements per slice, for the
     * time-based events. Nothing about the person is read out: the items carry no client.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eachActivePlan(LocalDate today, BiConsumer<ActionPlan, List<DueItem>> consumer) {
        UUID after = null;
        List<ActionPlan> slice;
        do {
            slice = repository.activePlansAfter(after, SLICE);
            List<UUID> ids = slice.stream().map(p -> p.id).toList();
            Map<UUID, List<PlanStep>> steps = PlanResponses.byPlan(repository.steps(ids), s -> s.planId);
            Map<UUID, List<PlanMeeting>> meetings = PlanResponses.byPlan(repository.meetings(ids), m -> m.planId);
            Set<UUID> named = new HashSet<>();
            slice.forEach(p -> {
                named.add(p.leadInstitutionId);
                p.team.forEach(m -> named.add(m.institutionId));
            });
            steps.values().forEach(list -> list.forEach(s -> named.add(s.ownerInstitutionId)));
            References refs = new References(institutions.findRefs(named), Map.of());
            for (ActionPlan plan : slice) {
                consumer.accept(plan, DueRules.ofPlan(plan, null, steps.getOrDefault(plan.id, List.of()),
                        meetings.getOrDefault(plan.id, List.of()), refs::institution, today));
            }
            after = slice.isEmpty() ? null : slice.get(slice.size() - 1).id;
        } while (slice.size() == SLICE);
    }

    /** The caller's institution's due items, earliest first. */
    @Transactional
    public List<DueItem> forMyInstitution() {
        return forInstitution(access.institution());
    }

    /**
     * The institution's own due items, earliest first, from the active plans it is on the team of and
     * may see (it registered the person, or has an active legal basis), and the referrals awaiting its answer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DueItem> forInstitution(UUID institution) {
        LocalDate today = LocalDate.now(clock);
        List<ActionPlan> plans = repository.activePlansOf(institution);
        Map<UUID, Client> clients = repository.clients(plans.stream().map(p -> p.clientId).toList());
        Set<UUID> shared = repository.clientsSharedWith(institution, clients.keySet());
        List<ActionPlan> visible = plans.stream().filter(p -> clients.containsKey(p.clientId))
                .filter(p -> clients.get(p.clientId).registeredBy.equals(institution) || shared.contains(p.clientId)).toList();
        List<UUID> ids = visible.stream().map(p -> p.id).toList();
        Map<UUID, List<PlanStep>> steps = PlanResponses.byPlan(repository.steps(ids), s -> s.planId);
        Map<UUID, List<PlanMeeting>> meetings = PlanResponses.byPlan(repository.meetings(ids), m -> m.planId);
        Set<UUID> named = new HashSet<>();
        visible.forEach(p -> {
            named.add(p.leadInstitutionId);
            p.team.forEach(m -> named.add(m.institutionId));
        });
        steps.values().forEach(list -> list.forEach(s -> named.add(s.ownerInstitutionId)));
        References refs = new References(institutions.findRefs(named), Map.of());

        List<DueItem> due = new ArrayList<>();
        for (ActionPlan plan : visible) {
            Client client = clients.get(plan.clientId);
            List<DueItem> mine = DueRules.ofPlan(plan, PlanResponses.client(client), steps.getOrDefault(plan.id, List.of()),
                    meetings.getOrDefault(plan.id, List.of()), refs::institution, today).stream()
                    .filter(d -> d.institution().id().equals(institution)).toList();
            if (!mine.isEmpty()) {
                audit.allowed("PLAN", plan.id, client.id, Action.LIST, PlanService.PURPOSE);
                due.addAll(mine);
            }
        }
        due.addAll(referrals.awaitingAnswer(institution, today));
        due.sort(Comparator.comparing(DueItem::dueOn));
        return due;
    }
}
