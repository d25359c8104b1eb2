package pl.synergia.plan;

import java.time.Instant;
import java.util.List;

/** What the printed plan for signature shows, worded in Polish; filled into pdf/plan-document.html. */
public record PlanDocument(
        String planNumber,
        String title,
        String status,
        String period,
        Person person,
        String lead,
        List<String> team,
        List<String> goals,
        List<StepGroup> stepGroups,
        List<String> signatories,
        Instant generatedAt,
        String regime,
        List<String> referents,
        ExportDocument.DiagnosisSection diagnosis,
        List<ExportDocument.FollowUpRow> followUps) {

    public record Person(String name, String birthDate, String gmina) {
    }

    /** The steps one institution owns: each institution signs for its own. */
    public record StepGroup(String institution, List<StepRow> steps) {
    }

    public record StepRow(String title, String service, String planned, String actual, String status, String needs) {
    }
}
