package pl.synergia.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.problem.FieldError;
import pl.synergia.shared.problem.ProblemException;
import pl.synergia.shared.problem.ProblemType;
import pl.synergia.shared.security.CurrentUser;
import pl.synergia.shared.territory.Gmina;
import pl.synergia.shared.validation.Pesel;
import pl.synergia.shared.web.PageParams;

/** Clients and the legal basis of sharing their data. Every read and write is audited in its transaction. */
@ApplicationScoped
public class ClientService {

    static final String PURPOSE_CASE_WORK = "CASE_WORK";
    static final String PURPOSE_REGISTRATION = "CLIENT_REGISTRATION";
    static final String PURPOSE_SHARING = "SHARING_MANAGEMENT";
    static final String PURPOSE_DPO = "DATA_PROTECTION_REVIEW";

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
    CurrentUser user;

    @Inject
    EntityManager em;

    @Transactional
    public ClientResponse register(ClientRequest r) {
        UUID institution = access.institution();
        List<FieldError> errors = new ArrayList<>();
        if (em.find(Gmina.class, r.gminaTeryt()) == null) {
            errors.add(new FieldError("gminaTeryt", "invalid-reference", "is not a gmina of the TERYT register"));
        }
        String pesel = blankToNull(r.pesel());
        if (pesel != null && r.birthDate() != null
                && !Pesel.Validator.birthDate(pesel).map(r.birthDate()::equals).orElse(false)) {
            errors.add(new FieldError("birthDate", "inconsistent", "does not match the birth date in the PESEL"));
        }
        if (pesel == null && r.birthDate() == null) {
            errors.add(new FieldError("birthDate", "required", "is required when there is no PESEL"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        if (pesel != null && repository.clientByPesel(pesel).isPresent()) {
            // Said without the number: PESEL never appears in messages, URLs or logs.
            throw new ProblemException(409, ProblemType.BLANK, "Conflict",
                    "A client with this PESEL is already registered. Ask the institution that serves them to add yours to the plan.",
                    List.of(new FieldError("pesel", "duplicate", "is already registered")));
        }
        Client client = new Client();
        client.id = UUID.randomUUID();
        client.firstName = r.firstName().strip();
        client.lastName = r.lastName().strip();
        client.pesel = pesel;
        client.birthDate = r.birthDate() != null ? r.birthDate()
                : Pesel.Validator.birthDate(pesel).orElse(null);
        client.phone = blankToNull(r.phone());
        client.email = blankToNull(r.email());
        client.gminaTeryt = r.gminaTeryt();
        client.registeredBy = institution;
        em.persist(client);
        if (r.sensitive() != null) {
            ClientSensitive sensitive = new ClientSensitive();
            sensitive.clientId = client.id;
            copy(sensitive, r.sensitive());
            em.persist(sensitive);
        }
        em.flush();
        audit.allowed("CLIENT", client.id, client.id, Action.CREATE, PURPOSE_REGISTRATION);
        return response(client, institution);
    }

    @Transactional
    public ClientResponse get(UUID id) {
        Client client = access.requireClient(id, Action.READ, PURPOSE_CASE_WORK);
        audit.allowed("CLIENT", client.id, client.id, Action.READ, PURPOSE_CASE_WORK);
        return response(client, access.institution());
    }

    @Transactional
    public ClientPage caseload(PageParams page) {
        UUID institution = access.institution();
        long total = repository.countVisibleClients(institution);
        List<Client> clients = repository.visibleClients(institution, page.page(), page.size());
        for (Client c : clients) {
            audit.allowed("CLIENT", c.id, c.id, Action.LIST, PURPOSE_CASE_WORK);
        }
        return new ClientPage(clients.stream().map(ClientService::summary).toList(), page.page(), page.size(), total,
                page.totalPages(total));
    }

    @Transactional
    public List<SharingResponse> sharing(UUID clientId) {
        Client client = access.requireClient(clientId, Action.READ, PURPOSE_SHARING);
        audit.allowed("DATA_SHARING", null, client.id, Action.READ, PURPOSE_SHARING);
        return repository.sharing(client.id).stream().map(this::response).toList();
    }

    @Transactional
    public SharingResponse addSharing(UUID clientId, SharingRequest r) {
        repository.lockClientAgainstAnonymisation(clientId);
        Client client = access.requireClient(clientId, Action.CREATE, PURPOSE_SHARING);
        requireManagesSharing(client);
        requireNotAnonymised(client);
        List<FieldError> errors = new ArrayList<>();
        if (institutions.findRef(r.institutionId()).isEmpty()) {
            errors.add(new FieldError("institutionId", "invalid-reference", "is not an institution of the directory"));
        }
        if (r.includesSensitive() && !r.legalBasis().coversSpecialCategories) {
            errors.add(new FieldError("legalBasis", "not-article-9",
                    "must be an article 9 basis when special-category data is shared"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
        DataSharing s = new DataSharing();
        s.id = UUID.randomUUID();
        s.clientId = client.id;
        s.institutionId = r.institutionId();
        s.purpose = r.purpose().strip();
        s.legalBasis = r.legalBasis();
        s.statutoryTask = blankToNull(r.statutoryTask());
        s.includesSensitive = r.includesSensitive();
        s.givenOn = r.givenOn();
        s.recordedBySubject = user.subject();
        s.recordedByName = user.displayName();
        s.recordedAt = clock.instant();
        em.persist(s);
        audit.allowed("DATA_SHARING", s.id, client.id, Action.CREATE, PURPOSE_SHARING);
        return response(s);
    }

    /** Withdrawal takes effect at once: from this moment the institution no longer sees the client. */
    @Transactional
    public SharingResponse withdraw(UUID clientId, UUID sharingId) {
        Client client = access.requireClient(clientId, Action.WITHDRAW, PURPOSE_SHARING);
        requireManagesSharing(client);
        DataSharing s = repository.sharingRecord(client.id, sharingId)
                .orElseThrow(() -> ProblemException.notFound("This client has no sharing record with this id."));
        if (!s.active()) {
            throw new ProblemException(409, ProblemType.BLANK, "Conflict", "This sharing was already withdrawn.", List.of());
        }
        s.withdrawnAt = clock.instant();
        s.withdrawnBySubject = user.subject();
        s.withdrawnByName = user.displayName();
        audit.allowed("DATA_SHARING", s.id, client.id, Action.WITHDRAW, PURPOSE_SHARING);
        return response(s);
    }

    /** For the data-protection officer of an institution that serves the client: who accessed their data. */
    @Transactional
    public List<AccessLogEntry> accessLog(UUID clientId) {
        UUID institution = access.institution();
        Client client = repository.client(clientId).orElse(null);
        boolean serves = client != null && (client.registeredBy.equals(institution)
                || repository.plansOfClient(client.id).stream().anyMatch(p -> p.hasMember(institution)));
        if (!serves) {
            audit.denied("AUDIT_LOG", clientId, client == null ? null : client.id, Action.READ, PURPOSE_DPO);
            throw ProblemException.notFound("No client with this id is served by your institution.");
        }
        List<AccessLogEntry> entries = repository.accessLog(client.id).stream()
                .map(e -> new AccessLogEntry(e.occurredAt(), e.who(),
                        e.institutionId() == null ? null : institutions.findRef(e.institutionId()).orElse(null),
                        e.recordType(), e.recordId(), e.action(), e.purpose(), e.outcome()))
                .toList();
        audit.allowed("AUDIT_LOG", client.id, client.id, Action.READ, PURPOSE_DPO);
        return entries;
    }

    /** Nothing new is recorded about a person whose identity retention removed. */
    static void requireNotAnonymised(Client client) {
        if (client.anonymised()) {
            throw new ProblemException(409, ProblemType.ANONYMISED, "Client anonymised",
                    "The retention period of this person's data has passed and their identity was removed; nothing new can be recorded.",
                    List.of());
        }
    }

    private void requireManagesSharing(Client client) {
        if (!access.managesSharing(client, access.institution())) {
            throw ProblemException.forbidden(
                    "Only the institution that registered the client or leads their plan records or withdraws sharing.");
        }
    }

    ClientResponse response(Client c, UUID institution) {
        boolean sensitiveVisible = access.seesSensitive(c, institution);
        SensitiveData sensitive = sensitiveVisible ? repository.sensitive(c.id).map(ClientService::data).orElse(null) : null;
        List<PlanSummary> plans = repository.plansOfClient(c.id).stream()
                .map(p -> new PlanSummary(p.id, p.number, p.title, institutions.requireRef(p.leadInstitutionId), p.status, p.periodFrom, p.periodTo,
                        access.seesPlan(p, c, institution)))
                .toList();
        if (c.anonymised()) {
            // Only the 1 January of the birth year is stored; it is not shown as if it were a birth date.
            return new ClientResponse(c.id, c.firstName, c.lastName, null, null, null, null, c.gminaTeryt,
                    institutions.requireRef(c.registeredBy), false, null, false, plans, true, c.version);
        }
        return new ClientResponse(c.id, c.firstName, c.lastName, c.pesel, c.birthDate, c.phone, c.email, c.gminaTeryt,
                institutions.requireRef(c.registeredBy), sensitiveVisible, sensitive, access.managesSharing(c, institution), plans, false,
                c.version);
    }

    private SharingResponse response(DataSharing s) {
        return new SharingResponse(s.id, institutions.requireRef(s.institutionId), s.purpose, s.legalBasis, s.statutoryTask, s.includesSensitive,
                s.givenOn, s.active(), s.recordedByName, s.recordedAt, s.withdrawnAt, s.withdrawnByName);
    }

    static ClientSummary summary(Client c) {
        return new ClientSummary(c.id, c.firstName, c.lastName, c.anonymised() ? null : c.birthDate, c.gminaTeryt, c.anonymised());
    }

    private static SensitiveData data(ClientSensitive s) {
        return new SensitiveData(s.disabilityLevel, s.addiction, s.homeless, s.socialAssistanceSince, s.notes);
    }

    private static void copy(ClientSensitive s, SensitiveData d) {
        s.disabilityLevel = d.disabilityLevel();
        s.addiction = d.addiction();
        s.homeless = d.homeless();
        s.socialAssistanceSince = d.socialAssistanceSince();
        s.notes = blankToNull(d.notes());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
