package pl.synergia.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import pl.synergia.plan.PlanAccess.VisiblePlan;
import pl.synergia.plan.PlanResponses.PlanContent;
import pl.synergia.shared.audit.AuditLog;
import pl.synergia.shared.audit.AuditLog.Action;
import pl.synergia.shared.pdf.PdfRenderer;
import pl.synergia.shared.territory.Gmina;

/**
 * The plan printed for signature ("Indywidualny plan działania"): the person, lead, team, period,
 * goals, steps by owning institution and a signature line for the person and each team
 * institution. For whoever may see the plan; each download writes one audit row.
 */
@ApplicationScoped
public class PlanDocumentService {

    static final String PURPOSE = "PLAN_SIGNATURE_DOCUMENT";

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
    public Rendered pdf(UUID planId) {
        VisiblePlan v = access.requirePlan(planId, false, Action.EXPORT, PURPOSE);
        PlanDocument document = document(v.plan(), v.client());
        byte[] pdf = renderer.render("plan-document", Map.of("doc", document));
        audit.allowed("PLAN", v.plan().id, v.client().id, Action.EXPORT, PURPOSE);
        return new Rendered(pdf, "plan-dzialania-" + PlanNumbers.forFileName(v.plan().number) + ".pdf");
    }

    /** The PDF and the name of its file: the plan's number, never its id or anything about the person. */
    public record Rendered(byte[] pdf, String fileName) {
    }

    private PlanDocument document(ActionPlan plan, Client client) {
        Gmina gmina = em.find(Gmina.class, client.gminaTeryt);
        PlanContent content = plans.contents(List.of(plan)).get(0);
        References refs = plans.references(List.of(content));
        List<UUID> team = PlanResponses.team(plan).stream().map(m -> m.institutionId).toList();
        Map<UUID, List<PlanDocument.StepRow>> byOwner = new LinkedHashMap<>();
        team.forEach(id -> byOwner.put(id, new ArrayList<>()));
        boolean special = access.seesSensitive(client, access.institution());
        List<PlanDocument.StepRow> personSteps = new ArrayList<>();
        for (PlanStep s : content.steps()) {
            if (s.status == StepStatus.CANCELLED) {
                continue; // a cancelled step is not part of what the person signs
            }
            String actual = s.actualStart == null && s.actualEnd == null ? "—" : PolishLabels.period(s.actualStart, s.actualEnd);
            String needs = PlanResponses.needs(s.needAreas, special).stream().map(PolishLabels::area)
                    .collect(java.util.stream.Collectors.joining(", "));
            PlanDocument.StepRow row = new PlanDocument.StepRow(s.title,
                    s.serviceCode == null ? ClientExportService.FREE_ACTION : refs.service(s.serviceCode).namePl(),
                    PolishLabels.period(s.plannedStart, s.plannedEnd), actual, PolishLabels.step(s.status), needs.isEmpty() ? "—" : needs);
            if (s.ownedByPerson) {
                personSteps.add(row);
            } else {
                byOwner.computeIfAbsent(s.ownerInstitutionId, id -> new ArrayList<>()).add(row);
            }
        }
        List<PlanDocument.StepGroup> groups = new ArrayList<>(byOwner.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new PlanDocument.StepGroup(PolishLabels.institution(refs.institution(e.getKey())), e.getValue()))
                .toList());
        if (!personSteps.isEmpty()) {
            groups.add(new PlanDocument.StepGroup(ClientExportService.PERSON, personSteps));
        }
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        List<PlanResponse.Diagnosis> diagnoses = PlanResponses.diagnoses(content, refs, special, today);
        String name = client.firstName + " " + client.lastName;
        List<String> signatories = new ArrayList<>();
        signatories.add("Osoba, której dotyczy plan: " + name);
        team.forEach(id -> signatories.add("Przedstawiciel: " + refs.institution(id).name()));
        return new PlanDocument(plan.number, plan.title, PolishLabels.plan(plan.status),
                PolishLabels.period(plan.periodFrom, plan.periodTo),
                new PlanDocument.Person(name, client.anonymised() ? "—" : PolishLabels.date(client.birthDate),
                        gmina.name),
                PolishLabels.institution(refs.institution(plan.leadInstitutionId)),
                team.stream().map(id -> PolishLabels.institution(refs.institution(id))).toList(),
                content.goals().stream().map(g -> g.description).toList(),
                groups, signatories, clock.instant(), PolishLabels.regime(PlanResponses.regime(plan)),
                content.referents().stream().map(r -> r.displayName + " (" + refs.institution(r.institutionId).name() + ")").toList(),
                diagnoses.isEmpty() ? null : PolishLabels.diagnosis(diagnoses.get(0)),
                PlanResponses.followUps(content).stream().map(f -> new ExportDocument.FollowUpRow(PolishLabels.checkpoint(f.checkpoint()),
                        PolishLabels.followUp(f.status()), PolishLabels.date(f.observedOn()), PolishLabels.text(f.notes()), f.recordedBy()))
                        .toList());
    }
}
