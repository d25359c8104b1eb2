package pl.synergia.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.plan.PlanAccess.VisiblePlan;
import pl.synergia.plan.ReferralQuery.ReferralFilter;
import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.catalogue.CatalogueLookup;
import pl.synergia.shared.events.EventType;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.ops.DomainMetrics;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.persistence.ChangeHorizon;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.SyncCursor;

/**
 * Referrals: sent by an institution that sees the plan to one that has an active legal basis for
 * the person; SENT → ACCEPTED / REJECTED (with reason) by the receiver, ACCEPTED → DONE by the
 * receiver, SENT/ACCEPTED → WITHDRAWN by the sender. Until it accepts, the receiver sees only the
 * minimum about the person; once accepted, it sees the plan like a team member.
 */
@ApplicationScoped
public class ReferralService {

    static final String PURPOSE = "REFERRAL";

    @Inject
    DomainMetrics metrics;

    @Inject
    PlanRepository repository;

    @Inject
    Clock clock;

    @Inject
    PlanAccess access;

    @Inject
    AuditLog audit;

    @Inject
    InstitutionLookup institutions;

    @Inject
    CatalogueLookup catalogue;

    @Inject
    PlanResponses plans;

    @Inject
    CurrentUser user;

    @Inject
    PlanEvents events;

    @Inject
    EntityManager em;

    @Inject
    ChangeHorizon horizon;

    @Transactional
    public ReferralResponse send(UUID planId, ReferralRequest r) {
        VisiblePlan v = access.requirePlan(planId, false, Action.CREATE, PURPOSE);
        UUID institution = access.institution();
        access.requireWritable(v.client());
        List<FieldError> errors = new ArrayList<>();
        if (r.toInstitutionId().equals(institution)) {
            errors.add(new FieldError("toInstitutionId", "invalid-reference", "must be another institution"));
        } else if (institutions.findRef(r.toInstitutionId()).isEmpty()) {
            errors.add(new FieldError("toInstitutionId", "invalid-reference", "is not an institution of the directory"));
        } else if (!v.client().registeredBy.equals(r.toInstitutionId())
                && access.activeSharing(v.client().id, r.toInstitutionId()).isEmpty()) {
            errors.add(new FieldError("toInstitutionId", "no-legal-basis",
                    "has no active legal basis to see this person's data; record consent or another basis first"));
        }
        String serviceCode = ClientService.blankToNull(r.serviceCode());
        if (serviceCode != null && catalogue.service(serviceCode).isEmpty()) {
            errors.add(new FieldError("serviceCode", "invalid-reference", "is not a catalogue entry"));
        }
        if (v.plan().status == PlanStatus.COMPLETED || v.plan().status == PlanStatus.CLOSED) {
            throw new ProblemException(409, ProblemType.INVALID_TRANSITION, "Plan is finished",
                    "A completed or closed plan takes no referrals.", List.of());
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        Referral referral = new Referral();
        referral.id = UUID.randomUUID();
        referral.planId = v.plan().id;
        referral.clientId = v.client().id;
        referral.fromInstitutionId = institution;
        referral.toInstitutionId = r.toInstitutionId();
        referral.serviceCode = serviceCode;
        referral.message = r.message().strip();
        referral.responseDue = r.responseDue();
        referral.sentBy = user.displayName();
        referral.sentAt = clock.instant();
        em.persist(referral);
        metrics.referralSent();
        em.flush();
        audit.allowed("REFERRAL", referral.id, referral.clientId, Action.CREATE, PURPOSE);
        events.referral(EventType.REFERRAL_SENT, referral);
        return response(referral, institution);
    }

    /**
     * One page of the inbox (referrals to the caller's institution) or outbox (from it), in the
     * given statuses, newest first. Each referral shown is one audit row.
     */
    @Transactional
    public ReferralPage box(ReferralFilter filter, PageParams page) {
        UUID institution = access.institution();
        long total = repository.countReferrals(institution, filter.incoming(), filter.statuses());
        long overdue = repository.countOverdueReferrals(institution, filter.incoming(), filter.statuses(), LocalDate.now(clock));
        List<Referral> found = repository.referrals(institution, filter.incoming(), filter.statuses(), page.page(), page.size());
        found.forEach(referral -> audit.allowed("REFERRAL", referral.id, referral.clientId, Action.LIST, PURPOSE));
        return new ReferralPage(responses(found, institution, false), page.page(), page.size(), total, page.totalPages(total), overdue,
                null);
    }

    /**
     * One page of the box's changes after the cursor, oldest change first, up to the horizon of running
     * transactions (ADR 0034): a third-party system keeps its copy of the inbox current without
     * reading it all again. Each referral shown is one audit row, as in {@link #box}.
     */
    @Transactional
    public ReferralPage boxChanges(ReferralFilter filter, SyncCursor after, int size) {
        UUID institution = access.institution();
        Instant until = horizon.now();
        long remaining = repository.countReferralChanges(institution, filter.incoming(), filter.statuses(), after, until);
        long overdue = repository.countOverdueReferrals(institution, filter.incoming(), filter.statuses(), LocalDate.now(clock));
        List<Referral> changed = repository.referralChanges(institution, filter.incoming(), filter.statuses(), after, until, size);
        changed.forEach(referral -> audit.allowed("REFERRAL", referral.id, referral.clientId, Action.LIST, PURPOSE));
        Referral last = changed.isEmpty() ? null : changed.get(changed.size() - 1);
        SyncCursor next = last == null ? after : SyncCursor.after(last.updatedAt, last.id);
        return new ReferralPage(responses(changed, institution, false), 0, size, remaining,
                (int) Math.max(1, (remaining + size - 1) / size), overdue, next.encode());
    }

    /**
     * Every referral of one plan, newest first, for an institution that may see the plan (404 and a
     * DENIED row otherwise: a receiver that has not accepted does not see the plan, so neither its
     * referrals). The caller sees the person in the plan, so each referral names them in full.
     */
    @Transactional
    public List<ReferralResponse> ofPlan(UUID planId) {
        VisiblePlan v = access.requirePlan(planId, false, Action.LIST, PURPOSE);
        UUID institution = access.institution();
        List<Referral> found = repository.referralsOfPlanNewestFirst(v.plan().id);
        found.forEach(referral -> audit.allowed("REFERRAL", referral.id, referral.clientId, Action.LIST, PURPOSE));
        return responses(found, institution, true);
    }

    /**
     * One referral, for the institution that sent or received it (404 and a DENIED row otherwise):
     * as the referral boxes show it, the receiver seeing only the minimum about the person until it
     * accepts. Audited like a box entry.
     */
    @Transactional
    public ReferralResponse get(UUID id) {
        UUID institution = access.institution();
        Referral referral = repository.referral(id)
                .filter(r -> r.fromInstitutionId.equals(institution) || r.toInstitutionId.equals(institution))
                .orElseThrow(() -> notVisible(id, Action.READ));
        audit.allowed("REFERRAL", referral.id, referral.clientId, Action.READ, PURPOSE);
        return response(referral, institution);
    }

    @Transactional
    public ReferralResponse accept(UUID id) {
        Referral referral = requireReceived(id, Action.TRANSITION);
        move(referral, Referral.Status.SENT, Referral.Status.ACCEPTED);
        return finish(referral, EventType.REFERRAL_ACCEPTED);
    }

    @Transactional
    public ReferralResponse reject(UUID id, String reason) {
        Referral referral = requireReceived(id, Action.TRANSITION);
        move(referral, Referral.Status.SENT, Referral.Status.REJECTED);
        referral.rejectionReason = reason.strip();
        return finish(referral, EventType.REFERRAL_REJECTED);
    }

    @Transactional
    public ReferralResponse complete(UUID id) {
        Referral referral = requireReceived(id, Action.TRANSITION);
        move(referral, Referral.Status.ACCEPTED, Referral.Status.DONE);
        return finish(referral, EventType.REFERRAL_COMPLETED);
    }

    @Transactional
    public ReferralResponse withdraw(UUID id) {
        UUID institution = access.institution();
        Referral referral = repository.referralForUpdate(id).filter(r -> r.fromInstitutionId.equals(institution))
                .orElseThrow(() -> notVisible(id, Action.WITHDRAW));
        requireWritable(referral);
        if (referral.status != Referral.Status.SENT && referral.status != Referral.Status.ACCEPTED) {
            throw invalid(referral.status, Referral.Status.WITHDRAWN);
        }
        referral.status = Referral.Status.WITHDRAWN;
        return finish(referral, EventType.REFERRAL_WITHDRAWN);
    }

    private Referral requireReceived(UUID id, Action action) {
        UUID institution = access.institution();
        Referral referral = repository.referralForUpdate(id).filter(r -> r.toInstitutionId.equals(institution))
                .orElseThrow(() -> notVisible(id, action));
        requireWritable(referral);
        return referral;
    }

    /** A referral is part of the person's record: a restriction of processing stops its answers and withdrawal too. */
    private void requireWritable(Referral referral) {
        access.requireWritable(repository.client(referral.clientId).orElseThrow());
    }

    private ProblemException notVisible(UUID id, Action action) {
        audit.denied("REFERRAL", id, null, action, PURPOSE);
        return ProblemException.notFound("No referral with this id is addressed to or sent by your institution.");
    }

    private static void move(Referral referral, Referral.Status from, Referral.Status to) {
        if (referral.status != from) {
            throw invalid(referral.status, to);
        }
        referral.status = to;
    }

    private static ProblemException invalid(Referral.Status current, Referral.Status wanted) {
        return new ProblemException(409, ProblemType.INVALID_TRANSITION, "Transition not allowed",
                "A " + current + " referral cannot become " + wanted + ".", List.of());
    }

    private ReferralResponse finish(Referral referral, EventType event) {
        referral.respondedBy = user.displayName();
        referral.respondedAt = clock.instant();
        em.flush();
        audit.allowed("REFERRAL", referral.id, referral.clientId, Action.TRANSITION, PURPOSE);
        events.referral(event, referral);
        return response(referral, access.institution());
    }

    /** The person as the referral shows them: until accepted only first name, initial of the last name, birth year and gmina. */
    static ReferralResponse.Person person(Client client, boolean full) {
        if (client.anonymised()) {
            return new ReferralResponse.Person(client.firstName, client.lastName, null, client.gminaTeryt, full, true);
        }
        return new ReferralResponse.Person(client.firstName, full ? client.lastName : client.lastName.substring(0, 1) + ".",
                client.birthDate == null ? null : client.birthDate.getYear(), client.gminaTeryt, full, false);
    }

    /**
     * Referrals to the institution still awaiting its answer whose answer-by date is within
     * {@value DueRules#REFERRAL_RESPONSE_WARNING_DAYS} days of {@code today} or has passed. The receiver has
     * not accepted, so each item carries only what the inbox shows: no client id, the minimum about the
     * person. Three queries (referrals, their clients, the names), then one audit row per referral.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<DueItem> awaitingAnswer(UUID institution, LocalDate today) {
        List<Referral> awaiting = repository.referralsAwaitingAnswer(institution, DueRules.referralsDueBy(today));
        if (awaiting.isEmpty()) {
            return List.of();
        }
        Map<UUID, Client> clients = repository.clients(awaiting.stream().map(r -> r.clientId).toList());
        Set<UUID> named = new HashSet<>(List.of(institution));
        awaiting.forEach(r -> named.add(r.fromInstitutionId));
        References refs = plans.references(named, awaiting.stream().map(r -> r.serviceCode).toList());
        InstitutionRef receiver = refs.institution(institution);
        List<DueItem> due = new ArrayList<>();
        for (Referral r : awaiting) {
            audit.allowed("REFERRAL", r.id, r.clientId, Action.LIST, PURPOSE);
            due.add(new DueItem(DueItem.Kind.REFERRAL_RESPONSE, r.planId, null, null, null, receiver, r.responseDue,
                    DueRules.late(r.responseDue, today), new DueItem.PendingReferral(r.id, refs.institution(r.fromInstitutionId),
                            refs.service(r.serviceCode), person(clients.get(r.clientId), false))));
        }
        return due;
    }

    private ReferralResponse response(Referral r, UUID institution) {
        return responses(List.of(r), institution, false).get(0);
    }

    /**
     * The referrals as the caller's institution sees them: the sender and whoever sees the plan
     * ({@code seesPlan}) see the person in full, a receiver only the minimum until it accepts. The
     * actions are the receiver's and the sender's; an institution that is neither has none. Their
     * clients, institutions and services are read once for the whole list.
     */
    private List<ReferralResponse> responses(List<Referral> referrals, UUID institution, boolean seesPlan) {
        Map<UUID, Client> clients = repository.clients(referrals.stream().map(r -> r.clientId).toList());
        Set<UUID> named = new HashSet<>();
        referrals.forEach(r -> {
            named.add(r.fromInstitutionId);
            named.add(r.toInstitutionId);
        });
        References refs = plans.references(named, referrals.stream().map(r -> r.serviceCode).toList());
        LocalDate today = LocalDate.now(clock);
        return referrals.stream().map(r -> response(r, clients.get(r.clientId), refs, institution, seesPlan, today)).toList();
    }

    private static ReferralResponse response(Referral r, Client client, References refs, UUID institution, boolean seesPlan,
            LocalDate today) {
        boolean sender = r.fromInstitutionId.equals(institution);
        boolean receiver = r.toInstitutionId.equals(institution);
        boolean full = seesPlan || sender || r.status == Referral.Status.ACCEPTED || r.status == Referral.Status.DONE;
        Set<String> actions = new LinkedHashSet<>();
        if (receiver && r.status == Referral.Status.SENT) {
            actions.add("ACCEPT");
            actions.add("REJECT");
        }
        if (receiver && r.status == Referral.Status.ACCEPTED) {
            actions.add("COMPLETE");
        }
        if (sender && (r.status == Referral.Status.SENT || r.status == Referral.Status.ACCEPTED)) {
            actions.add("WITHDRAW");
        }
        return new ReferralResponse(r.id, r.planId, person(client, full), refs.institution(r.fromInstitutionId),
                refs.institution(r.toInstitutionId), refs.service(r.serviceCode), r.message, r.responseDue,
                r.status == Referral.Status.SENT && DueRules.late(r.responseDue, today), r.status, r.rejectionReason, r.sentBy,
                r.sentAt, r.respondedBy, r.respondedAt, actions, r.updatedAt);
    }
}
