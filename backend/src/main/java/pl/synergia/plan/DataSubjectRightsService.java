package pl.synergia.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Preconditions;

/**
 * The data-protection officer's tools for the data subject's remaining rights (docs/adr/0040):
 * finding a person by PESEL or name and birth date (audited, through a request body), and the
 * register of erasure and restriction requests with their deadlines and decisions. The officer acts
 * for the persons their institution serves (registered them or is on a plan's team); a restriction
 * in force makes the person's record read-only for everyone else on every write path
 * ({@link PlanAccess#requireWritable}); an erasure is carried out at once when no statutory duty
 * keeps the data ({@link DataSubjectRightsPolicy}), refused with a reason otherwise.
 */
@ApplicationScoped
public class DataSubjectRightsService {

    static final String PURPOSE = "GDPR data subject request";

    @Inject
    PlanRepository repository;

    @Inject
    AnonymisationRepository anonymisation;

    @Inject
    PlanAccess access;

    @Inject
    InstitutionLookup institutions;

    @Inject
    RetentionConfig retention;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    /** People the officer's institution serves, by PESEL or by name and birth date; each one found is audited. */
    @Transactional
    public List<DpoPersonMatch> search(DpoSearchRequest r) {
        UUID institution = access.institution();
        String pesel = ClientService.blankToNull(r.pesel());
        String lastName = ClientService.blankToNull(r.lastName());
        if (pesel == null && (lastName == null || r.birthDate() == null)) {
            List<FieldError> errors = new ArrayList<>();
            if (lastName == null) {
                errors.add(new FieldError("lastName", "required", "is required (with birthDate) when there is no PESEL"));
            }
            if (r.birthDate() == null) {
                errors.add(new FieldError("birthDate", "required", "is required (with lastName) when there is no PESEL"));
            }
            throw ProblemException.unprocessable(errors);
        }
        List<Client> candidates = pesel != null ? repository.clientByPesel(pesel).filter(c -> !c.anonymised()).stream().toList()
                : repository.clientsByName(lastName, ClientService.blankToNull(r.firstName()), r.birthDate());
        Set<UUID> servedIds = repository.clientsServedBy(institution, candidates.stream().map(c -> c.id).toList());
        List<Client> served = candidates.stream().filter(c -> servedIds.contains(c.id)).toList();
        if (served.isEmpty()) {
            // the search itself is recorded, without what was searched for
            audit.allowed("DPO_SEARCH", null, null, Action.SEARCH, PURPOSE);
            return List.of();
        }
        Set<UUID> restricted = repository.restricted(served.stream().map(c -> c.id).toList());
        Map<UUID, InstitutionRef> refs = institutions.findRefs(served.stream().map(c -> c.registeredBy).collect(Collectors.toSet()));
        served.forEach(c -> audit.allowed("CLIENT", c.id, c.id, Action.SEARCH, PURPOSE));
        return served.stream().map(c -> new DpoPersonMatch(c.id, c.firstName, c.lastName, c.birthDate, c.gminaTeryt,
                refs.get(c.registeredBy), restricted.contains(c.id))).toList();
    }

    @Transactional
    public DataSubjectRequestPage register(boolean openOnly, PageParams page) {
        UUID institution = access.institution();
        long total = repository.countRequestsOf(institution, openOnly);
        List<DataSubjectRequest> found = repository.requestsOf(institution, openOnly, page.page(), page.size());
        Map<UUID, Client> clients = repository.clients(found.stream().map(q -> q.clientId).toList());
        found.forEach(q -> audit.allowed("DATA_SUBJECT_REQUEST", q.id, q.clientId, Action.LIST, PURPOSE));
        return new DataSubjectRequestPage(found.stream().map(q -> response(q, clients.get(q.clientId), false)).toList(), page.page(),
                page.size(), total, page.totalPages(total));
    }

    @Transactional
    public DataSubjectRequestResponse get(UUID id) {
        DataSubjectRequest q = requireOwn(id, false, Action.READ);
        Client client = repository.client(q.clientId).orElseThrow();
        audit.allowed("DATA_SUBJECT_REQUEST", q.id, q.clientId, Action.READ, PURPOSE);
        return response(q, client, true);
    }

    @Transactional
    public DataSubjectRequestResponse record(DataSubjectRequestCreate r) {
        UUID institution = access.institution();
        Client client = repository.client(r.clientId()).filter(c -> serves(c, institution)).orElse(null);
        if (client == null) {
            audit.denied("CLIENT", r.clientId(), null, Action.CREATE, PURPOSE);
            throw ProblemException.notFound("No client with this id is served by your institution.");
        }
        ClientService.requireNotAnonymised(client);
        if (r.grounds().kind() != r.kind()) {
            throw ProblemException.unprocessable(List.of(new FieldError("grounds", "wrong-kind",
                    r.kind() == DataSubjectRequest.Kind.ERASURE ? "must be an art. 17(1) ground for erasure"
                            : "must be an art. 18(1) ground for restriction")));
        }
        DataSubjectRequest q = new DataSubjectRequest();
        q.id = UUID.randomUUID();
        q.clientId = client.id;
        q.institutionId = institution;
        q.kind = r.kind();
        q.grounds = r.grounds();
        q.details = ClientService.blankToNull(r.details());
        q.receivedOn = r.receivedOn();
        q.dueOn = DataSubjectRightsPolicy.answerDue(r.receivedOn());
        q.recordedBySubject = user.subject();
        q.recordedByName = user.displayName();
        q.recordedAt = clock.instant();
        em.persist(q);
        em.flush();
        audit.allowed("DATA_SUBJECT_REQUEST", q.id, client.id, Action.CREATE, PURPOSE);
        return response(q, client, true);
    }

    @Transactional
    public DataSubjectRequestResponse extend(UUID id, long expectedVersion, DataSubjectRequestChange.Extension r) {
        DataSubjectRequest q = requireOwn(id, true, Action.UPDATE);
        Preconditions.requireCurrent(expectedVersion, q.version);
        LocalDate today = LocalDate.now(clock);
        DataSubjectRightsPolicy.checkExtension(q.status, q.dueOn, q.extendedDueOn, r.months(), today).ifPresent(code -> {
            throw code.equals("not-open") || code.equals("already-extended") ? invalid(code)
                    : ProblemException.unprocessable(List.of(new FieldError(code.equals("out-of-range") ? "months" : "", code,
                            code.equals("out-of-range") ? "must be 1 or 2"
                                    : "the extension must be told to the person within one month of receipt, by " + q.dueOn)));
        });
        q.extendedDueOn = q.dueOn.plusMonths(r.months());
        q.extensionReason = r.reason().strip();
        em.flush();
        audit.allowed("DATA_SUBJECT_REQUEST", q.id, q.clientId, Action.UPDATE, PURPOSE);
        return response(q, repository.client(q.clientId).orElseThrow(), true);
    }

    /**
     * Grants or refuses an open request. Granting a restriction puts it in force now; granting an erasure
     * carries it out now, unless a statutory duty keeps the data (422 naming the duties; the officer then
     * refuses with the reason).
     */
    @Transactional
    public DataSubjectRequestResponse decide(UUID id, long expectedVersion, DataSubjectRequestChange.Decision r) {
        DataSubjectRequest q = requireOwn(id, true, Action.TRANSITION);
        Preconditions.requireCurrent(expectedVersion, q.version);
        if (q.status != DataSubjectRequest.Status.OPEN) {
            throw invalid("not-open");
        }
        String reason = ClientService.blankToNull(r.reason());
        if (r.outcome() != DataSubjectRequest.Status.GRANTED && r.outcome() != DataSubjectRequest.Status.REFUSED) {
            throw ProblemException.unprocessable(List.of(new FieldError("outcome", "invalid", "must be GRANTED or REFUSED")));
        }
        if (r.outcome() == DataSubjectRequest.Status.REFUSED && reason == null) {
            throw ProblemException.unprocessable(List.of(new FieldError("reason", "required", "a refusal states its reason")));
        }
        Client client = repository.client(q.clientId).orElseThrow();
        boolean erase = r.outcome() == DataSubjectRequest.Status.GRANTED && q.kind == DataSubjectRequest.Kind.ERASURE;
        if (erase) {
            List<DataSubjectRightsPolicy.Duty> duties = duties(client);
            if (!duties.isEmpty()) {
                throw ProblemException.unprocessable(duties.stream().map(d -> new FieldError("outcome", "statutory-duty",
                        "a statutory duty keeps the data: " + d + "; refuse the request with this reason")).toList());
            }
        }
        q.status = r.outcome();
        q.decisionReason = reason;
        q.decidedOn = LocalDate.now(clock);
        q.decidedByName = user.displayName();
        em.flush();
        audit.allowed("DATA_SUBJECT_REQUEST", q.id, q.clientId, Action.TRANSITION, PURPOSE);
        if (erase) {
            anonymisation.erase(client.id);
            audit.allowed("CLIENT", client.id, client.id, Action.ERASE, PURPOSE);
            em.refresh(q);
            em.refresh(client);
        }
        return response(q, client, true);
    }

    @Transactional
    public DataSubjectRequestResponse lift(UUID id, long expectedVersion, DataSubjectRequestChange.Lifting r) {
        DataSubjectRequest q = requireOwn(id, true, Action.TRANSITION);
        Preconditions.requireCurrent(expectedVersion, q.version);
        if (q.kind != DataSubjectRequest.Kind.RESTRICTION || q.status != DataSubjectRequest.Status.GRANTED) {
            throw invalid("not-in-force");
        }
        q.status = DataSubjectRequest.Status.LIFTED;
        q.liftedOn = LocalDate.now(clock);
        q.liftReason = r.reason().strip();
        em.flush();
        audit.allowed("DATA_SUBJECT_REQUEST", q.id, q.clientId, Action.TRANSITION, PURPOSE);
        return response(q, repository.client(q.clientId).orElseThrow(), true);
    }

    /** The officer's institution registered the person or is on the team of one of their plans. */
    private boolean serves(Client c, UUID institution) {
        return c.registeredBy.equals(institution) || repository.plansOfClient(c.id).stream().anyMatch(p -> p.hasMember(institution));
    }

    private DataSubjectRequest requireOwn(UUID id, boolean forUpdate, Action action) {
        UUID institution = access.institution();
        DataSubjectRequest q = (forUpdate ? repository.requestForUpdate(id) : java.util.Optional.ofNullable(em.find(DataSubjectRequest.class, id)))
                .filter(x -> x.institutionId.equals(institution)).orElse(null);
        if (q == null) {
            audit.denied("DATA_SUBJECT_REQUEST", id, null, action, PURPOSE);
            throw ProblemException.notFound("No request with this id is in your institution's register.");
        }
        return q;
    }

    private List<DataSubjectRightsPolicy.Duty> duties(Client client) {
        List<DataSubjectRightsPolicy.PlanFact> plans = repository.plansOfClient(client.id).stream()
                .map(p -> new DataSubjectRightsPolicy.PlanFact(p.status, DueRules.exitDay(p.closedAt))).toList();
        return DataSubjectRightsPolicy.dutiesToKeep(plans, repository.hasOpenReferrals(client.id), retention.afterPlanClosure(),
                LocalDate.now(clock));
    }

    private static ProblemException invalid(String code) {
        return new ProblemException(409, ProblemType.INVALID_TRANSITION, "Not possible now", switch (code) {
            case "not-open" -> "The request is already answered.";
            case "already-extended" -> "The deadline was already extended once.";
            default -> "The restriction is not in force.";
        }, List.of(new FieldError("", code, code)));
    }

    /** {@code withDuties}: compute the duties of an open erasure request (one request read; lists leave them out). */
    private DataSubjectRequestResponse response(DataSubjectRequest q, Client client, boolean withDuties) {
        LocalDate today = LocalDate.now(clock);
        boolean open = q.status == DataSubjectRequest.Status.OPEN;
        List<String> duties = open && withDuties && q.kind == DataSubjectRequest.Kind.ERASURE && !client.anonymised()
                ? duties(client).stream().map(Enum::name).toList() : List.of();
        List<String> actions = new ArrayList<>();
        if (open) {
            if (q.extendedDueOn == null && !today.isAfter(q.dueOn)) {
                actions.add("EXTEND");
            }
            actions.add("GRANT");
            actions.add("REFUSE");
        } else if (q.kind == DataSubjectRequest.Kind.RESTRICTION && q.status == DataSubjectRequest.Status.GRANTED) {
            actions.add("LIFT");
        }
        return new DataSubjectRequestResponse(q.id, PlanResponses.client(client), q.kind, q.grounds, q.details, q.receivedOn, q.dueOn,
                q.extendedDueOn, q.extensionReason, q.answerDue(), open && today.isAfter(q.answerDue()), q.status, q.decisionReason,
                q.decidedOn, q.decidedByName, q.liftedOn, q.liftReason, q.recordedByName, q.recordedAt, duties, actions, q.version);
    }
}
