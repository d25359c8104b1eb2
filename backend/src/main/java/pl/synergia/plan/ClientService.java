package pl.synergia.plan;

import java.time.Clock;
import java.time.LocalDate;
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
import pl.synergia.shared.security.Roles;
import pl.synergia.shared.territory.Gmina;
import pl.synergia.shared.validation.Pesel;
import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.Preconditions;

/** Clients and the legal basis of sharing their data. Every read and write is audited in its transaction. */
@ApplicationScoped
public class ClientService {

    static final String PURPOSE_CASE_WORK = "CASE_WORK";
    static final String PURPOSE_REGISTRATION = "CLIENT_REGISTRATION";
    static final String PURPOSE_SHARING = "SHARING_MANAGEMENT";
    static final String PURPOSE_DPO = "DATA_PROTECTION_REVIEW";
    static final String PURPOSE_RECTIFICATION = "RECTIFICATION";

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
        String pesel = blankToNull(r.pesel());
        requireValidIdentity(r.gminaTeryt(), pesel, r.birthDate());
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
    public ClientPage caseload(CaseloadQuery query, PageParams page) {
        UUID institution = access.institution();
        // counted up to the cap and one more: exact up to 1000, then "more than 1000" (issue #14)
        long counted = repository.countCaseload(institution, query);
        long total = CaseloadQuery.total(counted);
        List<ClientSummary> clients = repository.caseload(institution, query, page.page(), page.size());
        for (ClientSummary c : clients) {
            audit.allowed("CLIENT", c.id(), c.id(), Action.LIST, PURPOSE_CASE_WORK);
        }
        return new ClientPage(clients, page.page(), page.size(), total, page.totalPages(total), CaseloadQuery.capped(counted));
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
        access.requireWritable(client);
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
        access.requireWritable(client);
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

    /**
     * Rectification (GDPR art. 16) by staff of the registering institution (or its data-protection
     * officer): the identity and contact data as they should be, the special-category data when sent
     * (only by an institution that sees it). Checked against the version the caller loaded; each change
     * is one history row (special-category fields without their values) and one audit row.
     */
    @Transactional
    public ClientResponse rectify(UUID id, long expectedVersion, ClientUpdateRequest r) {
        UUID institution = access.institution();
        Client client = repository.clientForUpdate(id).orElse(null);
        boolean dpo = user.hasRole(Roles.DPO);
        boolean allowed = client != null && client.registeredBy.equals(institution)
                && (dpo || user.hasRole(Roles.STAFF) || user.hasRole(Roles.COORDINATOR));
        if (!allowed) {
            audit.denied("CLIENT", id, client == null ? null : client.id, Action.UPDATE, PURPOSE_RECTIFICATION);
            throw ProblemException.notFound("No client with this id was registered by your institution.");
        }
        requireNotAnonymised(client);
        access.requireWritable(client);
        Preconditions.requireCurrent(expectedVersion, client.version);
        String pesel = blankToNull(r.pesel());
        requireValidIdentity(r.gminaTeryt(), pesel, r.birthDate());
        if (pesel != null && !pesel.equals(client.pesel) && repository.clientByPesel(pesel).isPresent()) {
            throw new ProblemException(409, ProblemType.BLANK, "Conflict", "Another client has this PESEL.",
                    List.of(new FieldError("pesel", "duplicate", "is already registered")));
        }
        List<ClientChange.Field> changes = new ArrayList<>();
        LocalDate birthDate = r.birthDate() != null ? r.birthDate() : Pesel.Validator.birthDate(pesel).orElse(null);
        change(changes, "firstName", client.firstName, r.firstName().strip());
        change(changes, "lastName", client.lastName, r.lastName().strip());
        change(changes, "pesel", client.pesel, pesel);
        change(changes, "birthDate", client.birthDate, birthDate);
        change(changes, "phone", client.phone, blankToNull(r.phone()));
        change(changes, "email", client.email, blankToNull(r.email()));
        change(changes, "gminaTeryt", client.gminaTeryt, r.gminaTeryt());
        boolean special = false;
        if (r.sensitive() != null) {
            ClientSensitive s = repository.sensitive(client.id).orElse(null);
            SensitiveData before = s == null ? new SensitiveData(null, null, null, null, null) : data(s);
            SensitiveData after = new SensitiveData(r.sensitive().disabilityLevel(), r.sensitive().addiction(), r.sensitive().homeless(),
                    r.sensitive().socialAssistanceSince(), blankToNull(r.sensitive().notes()));
            special = specialChange(changes, "sensitive.disabilityLevel", before.disabilityLevel(), after.disabilityLevel())
                    | specialChange(changes, "sensitive.addiction", before.addiction(), after.addiction())
                    | specialChange(changes, "sensitive.homeless", before.homeless(), after.homeless())
                    | specialChange(changes, "sensitive.socialAssistanceSince", before.socialAssistanceSince(), after.socialAssistanceSince())
                    | specialChange(changes, "sensitive.notes", before.notes(), after.notes());
            if (special) {
                if (s == null) {
                    s = new ClientSensitive();
                    s.clientId = client.id;
                    copy(s, after);
                    em.persist(s);
                } else {
                    copy(s, after);
                }
            }
        }
        if (changes.isEmpty()) {
            return response(client, institution);
        }
        client.firstName = r.firstName().strip();
        client.lastName = r.lastName().strip();
        client.pesel = pesel;
        client.birthDate = birthDate;
        client.phone = blankToNull(r.phone());
        client.email = blankToNull(r.email());
        client.gminaTeryt = r.gminaTeryt();
        client.updatedAt = clock.instant();
        ClientChange change = new ClientChange();
        change.id = UUID.randomUUID();
        change.clientId = client.id;
        change.institutionId = institution;
        change.changedBySubject = user.subject();
        change.changedByName = user.displayName();
        change.changedAt = clock.instant();
        change.reason = blankToNull(r.reason());
        change.changes = changes;
        change.specialCategoryChanged = special;
        em.persist(change);
        // the client's version moves on with any change, the special-category part included (updatedAt makes it dirty)
        em.flush();
        audit.allowed("CLIENT", client.id, client.id, Action.UPDATE, PURPOSE_RECTIFICATION);
        return response(client, institution);
    }

    /** The history of rectifications, newest first, for whoever sees the client. */
    @Transactional
    public List<ClientChangeResponse> changes(UUID clientId) {
        Client client = access.requireClient(clientId, Action.READ, PURPOSE_CASE_WORK);
        List<ClientChange> found = repository.clientChanges(client.id);
        java.util.Map<UUID, pl.synergia.shared.institution.InstitutionRef> refs = institutions.findRefs(
                found.stream().map(c -> c.institutionId).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        audit.allowed("CLIENT_CHANGE", null, client.id, Action.READ, PURPOSE_CASE_WORK);
        return found.stream().map(c -> ClientChangeResponse.of(c, c.institutionId == null ? null : refs.get(c.institutionId))).toList();
    }

    /** The gmina exists, the birth date agrees with the PESEL, and a person without PESEL has a birth date (422 otherwise). */
    private void requireValidIdentity(String gminaTeryt, String pesel, LocalDate birthDate) {
        List<FieldError> errors = new ArrayList<>();
        if (em.find(Gmina.class, gminaTeryt) == null) {
            errors.add(new FieldError("gminaTeryt", "invalid-reference", "is not a gmina of the TERYT register"));
        }
        if (pesel != null && birthDate != null && !Pesel.Validator.birthDate(pesel).map(birthDate::equals).orElse(false)) {
            errors.add(new FieldError("birthDate", "inconsistent", "does not match the birth date in the PESEL"));
        }
        if (pesel == null && birthDate == null) {
            errors.add(new FieldError("birthDate", "required", "is required when there is no PESEL"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable(errors);
        }
    }

    private static void change(List<ClientChange.Field> changes, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            changes.add(new ClientChange.Field(field, before == null ? null : before.toString(), after == null ? null : after.toString(),
                    false));
        }
    }

    /** A special-category field is recorded as changed, never with its values. */
    private static boolean specialChange(List<ClientChange.Field> changes, String field, Object before, Object after) {
        if (java.util.Objects.equals(before, after)) {
            return false;
        }
        changes.add(new ClientChange.Field(field, null, null, true));
        return true;
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
        List<PlanRepository.AccessEntry> log = repository.accessLog(client.id);
        // the institutions named in the log in one query, not one per entry
        var named = institutions.findRefs(log.stream().map(PlanRepository.AccessEntry::institutionId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        List<AccessLogEntry> entries = log.stream()
                .map(e -> new AccessLogEntry(e.occurredAt(), e.who(),
                        e.institutionId() == null ? null : named.get(e.institutionId()),
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
        boolean restricted = repository.restricted(c.id);
        if (c.anonymised()) {
            // Only the 1 January of the birth year is stored; it is not shown as if it were a birth date.
            return new ClientResponse(c.id, c.firstName, c.lastName, null, null, null, null, c.gminaTeryt,
                    institutions.requireRef(c.registeredBy), false, null, false, plans, true, false, restricted, c.version);
        }
        return new ClientResponse(c.id, c.firstName, c.lastName, c.pesel, c.birthDate, c.phone, c.email, c.gminaTeryt,
                institutions.requireRef(c.registeredBy), sensitiveVisible, sensitive, access.managesSharing(c, institution), plans, false,
                c.registeredBy.equals(institution) && (!restricted || user.hasRole(Roles.DPO)), restricted, c.version);
    }

    private SharingResponse response(DataSharing s) {
        return new SharingResponse(s.id, institutions.requireRef(s.institutionId), s.purpose, s.legalBasis, s.statutoryTask, s.includesSensitive,
                s.givenOn, s.active(), s.recordedByName, s.recordedAt, s.withdrawnAt, s.withdrawnByName);
    }

    static ClientSummary summary(Client c) {
        return new ClientSummary(c.id, c.firstName, c.lastName, c.anonymised() ? null : c.birthDate, c.gminaTeryt, c.anonymised(), null, null);
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
