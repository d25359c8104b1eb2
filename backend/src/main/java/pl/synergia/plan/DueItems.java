package pl.synergia.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.OfficialStatusRef;
import pl.synergia.shared.time.PolishTime;

/**
 * What an institution must do soon or is late with, across its active plans, the follow-ups of the
 * plans it led that finished in the last {@value #FOLLOW_UP_MONTHS} months, and the referrals it must
 * answer (rules in {@link DueRules}). Read in a fixed number of statements whatever the number of
 * plans: the active plans with their teams, the finished plans, their clients, the legal bases, the
 * steps, the meetings, the follow-ups, the institutions, their official statuses, the catalogue
 * entries; then one audit row per plan listed and per referral.
 */
@ApplicationScoped
public class DueItems {

    /** Follow-ups are listed for plans finished this many months ago at most (the last checkpoint is 6 months after exit). */
    static final int FOLLOW_UP_MONTHS = 12;

    @Inject
    PlanRepository repository;

    @Inject
    PlanAccess access;

    @Inject
    ReferralService referrals;

    @Inject
    InstitutionLookup institutions;

    @Inject
    CatalogueLookup catalogue;

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
            steps.values().forEach(list -> list.stream().map(s -> s.ownerInstitutionId).filter(Objects::nonNull).forEach(named::add));
            References refs = new References(institutions.findRefs(named), Map.of());
            for (ActionPlan plan : slice) {
                // the IPZS and CIS/KIS status items are listed, not announced (DueRules.announced): their
                // catalogue entries and statuses are not read here
                consumer.accept(plan, DueRules.ofPlan(plan, null, steps.getOrDefault(plan.id, List.of()),
                        meetings.getOrDefault(plan.id, List.of()), refs::institution, code -> null, Map.of(), today));
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
        List<ActionPlan> active = repository.activePlansOf(institution);
        List<ActionPlan> finished = repository.finishedPlansLedBy(institution,
                today.minusMonths(FOLLOW_UP_MONTHS).atStartOfDay(PolishTime.ZONE).toInstant());
        List<ActionPlan> plans = new ArrayList<>(active);
        plans.addAll(finished);
        Map<UUID, Client> clients = repository.clients(plans.stream().map(p -> p.clientId).toList());
        Set<UUID> shared = repository.clientsSharedWith(institution, clients.keySet());
        List<ActionPlan> visible = plans.stream().filter(p -> clients.containsKey(p.clientId))
                .filter(p -> !clients.get(p.clientId).anonymised() || p.status == PlanStatus.ACTIVE)
                .filter(p -> clients.get(p.clientId).registeredBy.equals(institution) || shared.contains(p.clientId)).toList();
        List<UUID> activeIds = visible.stream().filter(p -> p.status == PlanStatus.ACTIVE).map(p -> p.id).toList();
        List<UUID> finishedIds = visible.stream().filter(p -> p.closedAt != null).map(p -> p.id).toList();
        Map<UUID, List<PlanStep>> steps = PlanResponses.byPlan(repository.steps(activeIds), s -> s.planId);
        Map<UUID, List<PlanMeeting>> meetings = PlanResponses.byPlan(repository.meetings(activeIds), m -> m.planId);
        Map<UUID, List<FollowUp>> followUps = PlanResponses.byPlan(repository.followUps(finishedIds), f -> f.planId);
        Set<UUID> named = new HashSet<>();
        Set<UUID> teams = new HashSet<>();
        Set<String> codes = new HashSet<>();
        visible.forEach(p -> {
            named.add(p.leadInstitutionId);
            p.team.forEach(m -> named.add(m.institutionId));
            if (p.status == PlanStatus.ACTIVE) {
                p.team.forEach(m -> teams.add(m.institutionId));
            }
        });
        steps.values().forEach(list -> list.forEach(s -> {
            if (s.ownerInstitutionId != null) {
                named.add(s.ownerInstitutionId);
            }
            if (s.serviceCode != null) {
                codes.add(s.serviceCode);
            }
        }));
        Map<UUID, OfficialStatusRef> statuses = teams.isEmpty() ? Map.of() : institutions.officialStatuses(teams);
        References refs = new References(institutions.findRefs(named), codes.isEmpty() ? Map.of() : catalogue.services(codes));

        List<DueItem> due = new ArrayList<>();
        for (ActionPlan plan : visible) {
            Client client = clients.get(plan.clientId);
            PlanResponse.ClientRef who = PlanResponses.client(client);
            List<DueItem> all = plan.status == PlanStatus.ACTIVE
                    ? DueRules.ofPlan(plan, who, steps.getOrDefault(plan.id, List.of()), meetings.getOrDefault(plan.id, List.of()),
                            refs::institution, refs::entry, statuses, today)
                    : DueRules.followUps(plan, who, refs.institution(plan.leadInstitutionId), followUps.getOrDefault(plan.id, List.of())
                            .stream().map(f -> f.checkpoint).collect(Collectors.toSet()), today);
            // a CIS's or KIS's status ending is the institution's to renew; the lead plans around it
            List<DueItem> mine = all.stream().filter(d -> d.institution().id().equals(institution)
                    || (d.kind() == DueItem.Kind.STATUS_EXPIRY && plan.leadInstitutionId.equals(institution))).toList();
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
