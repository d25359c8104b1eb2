package pl.synergia.plan;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.catalogue.Service;
import pl.synergia.directory.ServiceRef;
import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.institution.InstitutionLookup;
import pl.synergia.shared.territory.Gmina;

/**
 * The data-subject export (GDPR art. 15 access, art. 20 portability), made by the data-protection
 * officer of an institution that may see the person, with what that institution may see
 * (docs/adr/0011). Each export writes one audit row.
 */
@ApplicationScoped
public class ClientExportService {

    static final String PURPOSE = "GDPR art. 15 request";

    @Inject
    PlanRepository repository;

    @Inject
    PlanAccess access;

    @Inject
    AuditLog audit;

    @Inject
    InstitutionLookup institutions;

    @Inject
    EntityManager em;

    @Transactional
    public ClientExport export(UUID clientId) {
        Client client = access.requireClient(clientId, Action.EXPORT, PURPOSE);
        UUID institution = access.institution();
        ClientExport export = build(client, institution);
        audit.allowed("CLIENT", client.id, client.id, Action.EXPORT, PURPOSE);
        return export;
    }

    private ClientExport build(Client c, UUID institution) {
        Map<String, ServiceRef> services = new HashMap<>();
        Gmina gmina = em.find(Gmina.class, c.gminaTeryt);
        ClientExport.Person person = new ClientExport.Person(c.id, c.firstName, c.lastName, c.pesel, c.birthDate, c.phone, c.email,
                c.gminaTeryt, gmina.name, institutions.requireRef(c.registeredBy), c.createdAt, c.anonymisedAt);
        boolean sensitiveIncluded = !c.anonymised() && access.seesSensitive(c, institution);
        SensitiveData sensitive = sensitiveIncluded ? repository.sensitive(c.id)
                .map(s -> new SensitiveData(s.disabilityLevel, s.addiction, s.homeless, s.socialAssistanceSince, s.notes)).orElse(null)
                : null;
        List<SharingResponse> sharing = repository.sharing(c.id).stream()
                .map(s -> new SharingResponse(s.id, institutions.requireRef(s.institutionId), s.purpose, s.legalBasis, s.statutoryTask,
                        s.includesSensitive, s.givenOn, s.active(), s.recordedByName, s.recordedAt, s.withdrawnAt, s.withdrawnByName))
                .toList();
        List<ActionPlan> visible = repository.plansOfClient(c.id).stream().filter(p -> access.seesPlan(p, c, institution)).toList();
        List<ClientExport.Plan> plans = visible.stream().map(p -> plan(p, services)).toList();
        List<ClientExport.ReferralRecord> referrals = visible.stream().flatMap(p -> repository.referralsOfPlan(p.id).stream())
                .sorted(Comparator.comparing((Referral r) -> r.sentAt).thenComparing(r -> r.id))
                .map(r -> new ClientExport.ReferralRecord(r.id, r.planId, institutions.requireRef(r.fromInstitutionId),
                        institutions.requireRef(r.toInstitutionId), r.serviceCode == null ? null : services.computeIfAbsent(r.serviceCode,
                                this::serviceRef), r.message, r.responseDue, r.status, r.rejectionReason, r.sentAt, r.respondedAt))
                .toList();
        List<ClientExport.Access> accesses = repository.accessesByInstitution(c.id).stream()
                .map(a -> new ClientExport.Access(institutions.requireRef(a.institutionId()), a.action(), a.date(), a.count()))
                .toList();
        return new ClientExport(Instant.now(), institutions.requireRef(institution), person, sensitiveIncluded, sensitive, sharing, plans,
                referrals, accesses);
    }

    private ClientExport.Plan plan(ActionPlan p, Map<String, ServiceRef> services) {
        return new ClientExport.Plan(p.id, p.title, institutions.requireRef(p.leadInstitutionId), p.status, p.periodFrom, p.periodTo,
                p.createdAt, p.closedAt,
                p.team.stream().sorted(Comparator.comparing((PlanMember m) -> !m.institutionId.equals(p.leadInstitutionId))
                        .thenComparing(m -> m.addedAt).thenComparing(m -> m.institutionId))
                        .map(m -> institutions.requireRef(m.institutionId)).toList(),
                repository.goals(p.id).stream().map(g -> new PlanResponse.Goal(g.id, g.position, g.description)).toList(),
                repository.steps(p.id).stream().map(s -> new ClientExport.Step(s.id, institutions.requireRef(s.ownerInstitutionId),
                        services.computeIfAbsent(s.serviceCode, this::serviceRef), s.title, s.plannedStart, s.plannedEnd, s.actualStart,
                        s.actualEnd, s.status, s.notes)).toList(),
                repository.meetings(p.id).stream().map(m -> new PlanResponse.Meeting(m.id, institutions.requireRef(m.institutionId),
                        m.heldOn, m.attendees, m.notes, m.recordedBy)).toList(),
                repository.outcomes(p.id).stream().map(o -> new PlanResponse.Outcome(o.id, o.kind, o.occurredOn, o.notes, o.recordedBy))
                        .toList());
    }

    private ServiceRef serviceRef(String code) {
        return ServiceRef.of(em.find(Service.class, code));
    }
}
