package pl.synergia.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.plan.PlanResponses.PlanContent;
import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.pdf.PdfRenderer;
import pl.synergia.shared.time.PolishTime;
import pl.synergia.shared.territory.Gmina;

/**
 * The data-subject export (GDPR art. 15 access, art. 20 portability), made by the data-protection
 * officer of an institution that may see the person, with what that institution may see
 * (docs/adr/0011). Each export writes one audit row.
 */
@ApplicationScoped
public class ClientExportService {

    static final String PURPOSE = "GDPR art. 15 request";
    /** The owner of a step the person takes, as the documents name it. */
    static final String PERSON = "Osoba, której dotyczy plan";
    /** The service column of a free action. */
    static final String FREE_ACTION = "działanie własne (poza katalogiem)";

    @Inject
    PlanRepository repository;

    @Inject
    Clock clock;

    @Inject
    PlanAccess access;

    @Inject
    AuditLog audit;

    @Inject
    PlanResponses plans;

    @Inject
    PdfRenderer renderer;

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

    /** The same export as a PDF document in Polish, for the person to keep. One audit row, like the JSON. */
    @Transactional
    public byte[] exportPdf(UUID clientId) {
        Client client = access.requireClient(clientId, Action.EXPORT, PURPOSE);
        ClientExport export = build(client, access.institution());
        byte[] pdf = renderer.render("client-export", Map.of("doc", document(export)));
        audit.allowed("CLIENT", client.id, client.id, Action.EXPORT, PURPOSE);
        return pdf;
    }

    private static ExportDocument document(ClientExport e) {
        ClientExport.Person p = e.person();
        boolean anonymised = p.anonymisedAt() != null;
        List<ExportDocument.Field> identity = new ArrayList<>();
        identity.add(new ExportDocument.Field("Imię", p.firstName()));
        identity.add(new ExportDocument.Field("Nazwisko", p.lastName()));
        identity.add(new ExportDocument.Field("PESEL", PolishLabels.text(p.pesel())));
        identity.add(new ExportDocument.Field(anonymised ? "Rok urodzenia" : "Data urodzenia", p.birthDate() == null ? "—"
                : anonymised ? String.valueOf(p.birthDate().getYear()) : PolishLabels.date(p.birthDate())));
        identity.add(new ExportDocument.Field("Telefon", PolishLabels.text(p.phone())));
        identity.add(new ExportDocument.Field("E-mail", PolishLabels.text(p.email())));
        identity.add(new ExportDocument.Field("Gmina", p.gminaName() + " (TERYT " + p.gminaTeryt() + ")"));
        identity.add(new ExportDocument.Field("Zarejestrowała", PolishLabels.institution(p.registeredBy())));
        identity.add(new ExportDocument.Field("Data rejestracji", PolishLabels.date(p.registeredAt().atZone(PolishTime.ZONE).toLocalDate())));
        if (anonymised) {
            identity.add(new ExportDocument.Field("Anonimizacja", PolishLabels.date(p.anonymisedAt().atZone(PolishTime.ZONE).toLocalDate())));
        }
        List<ExportDocument.Field> special = new ArrayList<>();
        SensitiveData s = e.specialCategory();
        if (s != null) {
            special.add(new ExportDocument.Field("Niepełnosprawność", PolishLabels.disability(s.disabilityLevel())));
            special.add(new ExportDocument.Field("Uzależnienie", PolishLabels.yesNo(s.addiction())));
            special.add(new ExportDocument.Field("Bezdomność", PolishLabels.yesNo(s.homeless())));
            special.add(new ExportDocument.Field("Pomoc społeczna od", PolishLabels.date(s.socialAssistanceSince())));
            special.add(new ExportDocument.Field("Uwagi", PolishLabels.text(s.notes())));
        }
        List<ExportDocument.SharingRow> sharing = e.sharing().stream().map(r -> new ExportDocument.SharingRow(
                PolishLabels.institution(r.institution()), r.purpose(), PolishLabels.basis(r.legalBasis()), PolishLabels.text(r.statutoryTask()),
                r.includesSensitive() ? "tak" : "nie", PolishLabels.date(r.givenOn()),
                r.active() ? "obowiązuje" : "wycofano " + PolishLabels.date(r.withdrawnAt().atZone(PolishTime.ZONE).toLocalDate())
                        + (r.withdrawnBy() == null ? "" : " (" + r.withdrawnBy() + ")"),
                r.recordedBy())).toList();
        List<ExportDocument.PlanSection> plans = e.plans().stream().map(pl -> new ExportDocument.PlanSection(pl.title(),
                PolishLabels.institution(pl.lead()), PolishLabels.plan(pl.status()), PolishLabels.period(pl.periodFrom(), pl.periodTo()),
                PolishLabels.date(pl.createdAt().atZone(PolishTime.ZONE).toLocalDate()),
                pl.closedAt() == null ? "—" : PolishLabels.date(pl.closedAt().atZone(PolishTime.ZONE).toLocalDate()),
                pl.team().stream().map(PolishLabels::institution).toList(),
                pl.goals().stream().map(PlanResponse.Goal::description).toList(),
                pl.steps().stream().map(st -> new ExportDocument.StepRow(st.ownedByPerson() ? PERSON : st.owner().name(), st.title(),
                        st.service() == null ? FREE_ACTION : st.service().namePl(),
                        PolishLabels.period(st.plannedStart(), st.plannedEnd()),
                        st.actualStart() == null && st.actualEnd() == null ? "—" : PolishLabels.period(st.actualStart(), st.actualEnd()),
                        PolishLabels.step(st.status()), PolishLabels.text(st.notes()))).toList(),
                pl.meetings().stream().map(m -> new ExportDocument.MeetingRow(PolishLabels.date(m.heldOn()), m.institution().name(),
                        m.attendees(), PolishLabels.text(m.notes()), m.recordedBy())).toList(),
                pl.outcomes().stream().map(o -> new ExportDocument.OutcomeRow(PolishLabels.date(o.occurredOn()),
                        PolishLabels.outcome(o.kind()), PolishLabels.text(o.notes()), o.recordedBy())).toList(),
                PolishLabels.regime(pl.regime()),
                pl.referents().stream().map(r -> r.name() + " (" + r.institution().name() + ")").toList(),
                pl.diagnoses().stream().map(PolishLabels::diagnosis).toList(),
                pl.followUps().stream().map(f -> new ExportDocument.FollowUpRow(PolishLabels.checkpoint(f.checkpoint()),
                        PolishLabels.followUp(f.status()), PolishLabels.date(f.observedOn()), PolishLabels.text(f.notes()), f.recordedBy()))
                        .toList()))
                .toList();
        List<ExportDocument.ReferralRow> referrals = e.referrals().stream().map(r -> new ExportDocument.ReferralRow(
                PolishLabels.date(r.sentAt().atZone(PolishTime.ZONE).toLocalDate()), r.from().name(), r.to().name(),
                r.service() == null ? "—" : r.service().namePl(), r.message(), PolishLabels.date(r.responseDue()),
                PolishLabels.referral(r.status()), PolishLabels.text(r.rejectionReason()))).toList();
        List<ExportDocument.AccessRow> accesses = e.accesses().stream().map(a -> new ExportDocument.AccessRow(
                PolishLabels.date(a.date()), PolishLabels.institution(a.institution()), PolishLabels.action(a.action()), a.count()))
                .toList();
        List<ExportDocument.ChangeRow> rectifications = e.rectifications().stream().map(c -> new ExportDocument.ChangeRow(
                PolishLabels.date(c.changedAt().atZone(PolishTime.ZONE).toLocalDate()),
                c.changedBy() + (c.institution() == null ? "" : " (" + c.institution().name() + ")"), PolishLabels.text(c.reason()),
                c.fields().stream().map(PolishLabels::clientChange).toList())).toList();
        return new ExportDocument(e.generatedAt(), PolishLabels.institution(e.exportedBy()), p.id().toString(), anonymised, identity,
                e.specialCategoryIncluded(), special, sharing, plans, referrals, accesses, rectifications);
    }

    private ClientExport build(Client c, UUID institution) {
        Gmina gmina = em.find(Gmina.class, c.gminaTeryt);
        boolean sensitiveIncluded = !c.anonymised() && access.seesSensitive(c, institution);
        SensitiveData sensitive = sensitiveIncluded ? repository.sensitive(c.id)
                .map(s -> new SensitiveData(s.disabilityLevel, s.addiction, s.homeless, s.socialAssistanceSince, s.notes)).orElse(null)
                : null;
        List<DataSharing> sharingRecords = repository.sharing(c.id);
        List<ActionPlan> visible = repository.plansOfClient(c.id).stream().filter(p -> access.seesPlan(p, c, institution)).toList();
        List<PlanContent> contents = plans.contents(visible);
        List<Referral> referralRecords = visible.stream().flatMap(p -> repository.referralsOfPlan(p.id).stream())
                .sorted(Comparator.comparing((Referral r) -> r.sentAt).thenComparing(r -> r.id)).toList();
        List<PlanRepository.InstitutionAccess> accessRecords = repository.accessesByInstitution(c.id);

        Set<UUID> named = new HashSet<>(List.of(c.registeredBy, institution));
        sharingRecords.forEach(s -> named.add(s.institutionId));
        referralRecords.forEach(r -> {
            named.add(r.fromInstitutionId);
            named.add(r.toInstitutionId);
        });
        accessRecords.forEach(a -> named.add(a.institutionId()));
        List<ClientChange> changeRecords = repository.clientChanges(c.id);
        changeRecords.stream().map(ch -> ch.institutionId).filter(java.util.Objects::nonNull).forEach(named::add);
        References content = plans.references(contents);
        References refs = plans.references(named, referralRecords.stream().map(r -> r.serviceCode).toList());

        ClientExport.Person person = new ClientExport.Person(c.id, c.firstName, c.lastName, c.pesel, c.birthDate, c.phone, c.email,
                c.gminaTeryt, gmina.name, refs.institution(c.registeredBy), c.createdAt, c.anonymisedAt);
        List<SharingResponse> sharing = sharingRecords.stream()
                .map(s -> new SharingResponse(s.id, refs.institution(s.institutionId), s.purpose, s.legalBasis, s.statutoryTask,
                        s.includesSensitive, s.givenOn, s.active(), s.recordedByName, s.recordedAt, s.withdrawnAt, s.withdrawnByName))
                .toList();
        List<ClientExport.ReferralRecord> referrals = referralRecords.stream()
                .map(r -> new ClientExport.ReferralRecord(r.id, r.planId, refs.institution(r.fromInstitutionId),
                        refs.institution(r.toInstitutionId), refs.service(r.serviceCode), r.message, r.responseDue, r.status,
                        r.rejectionReason, r.sentAt, r.respondedAt))
                .toList();
        List<ClientExport.Access> accesses = accessRecords.stream()
                .map(a -> new ClientExport.Access(refs.institution(a.institutionId()), a.action(), a.date(), a.count()))
                .toList();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        return new ClientExport(clock.instant(), refs.institution(institution), person, sensitiveIncluded, sensitive, sharing,
                contents.stream().map(p -> plan(p, content, sensitiveIncluded, today)).toList(), referrals, accesses,
                changeRecords.stream().map(ch -> ClientChangeResponse.of(ch, ch.institutionId == null ? null : refs.institution(ch.institutionId)))
                        .toList());
    }

    private static ClientExport.Plan plan(PlanContent c, References refs, boolean special, java.time.LocalDate today) {
        ActionPlan p = c.plan();
        return new ClientExport.Plan(p.id, p.title, refs.institution(p.leadInstitutionId), p.status, p.periodFrom, p.periodTo,
                p.createdAt, p.closedAt, PlanResponses.regime(p),
                PlanResponses.team(p).stream().map(m -> refs.institution(m.institutionId)).toList(),
                c.referents().stream().map(r -> new ClientExport.Referent(refs.institution(r.institutionId), r.displayName, r.since)).toList(),
                PlanResponses.diagnoses(c, refs, special, today),
                PlanResponses.goals(c, special),
                c.steps().stream().map(s -> new ClientExport.Step(s.id, refs.institutionOrNull(s.ownerInstitutionId), s.ownedByPerson,
                        refs.service(s.serviceCode), s.title, s.plannedStart, s.plannedEnd, s.actualStart, s.actualEnd, s.status,
                        s.notes, PlanResponses.needs(s.needAreas, special))).toList(),
                PlanResponses.meetings(c, refs), PlanResponses.outcomes(c), PlanResponses.followUps(c));
    }
}
