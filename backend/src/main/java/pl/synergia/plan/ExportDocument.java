package pl.synergia.plan;

import java.time.Instant;
import java.util.List;

/** The data-subject export worded in Polish for print; filled into pdf/client-export.html. */
public record ExportDocument(
        Instant generatedAt,
        String exportedBy,
        String clientId,
        boolean anonymised,
        List<Field> identity,
        boolean specialCategoryIncluded,
        List<Field> specialCategory,
        List<SharingRow> sharing,
        List<PlanSection> plans,
        List<ReferralRow> referrals,
        List<AccessRow> accesses,
        List<ChangeRow> rectifications) {

    /** A rectification worded for print: when, by whom, why, and each field as "old → new" (special-category: "zmieniono"). */
    public record ChangeRow(String changedOn, String changedBy, String reason, List<String> fields) {
    }

    public record Field(String label, String value) {
    }

    public record SharingRow(String institution, String purpose, String basis, String statutoryTask, String specialCategories,
            String givenOn, String state, String recordedBy) {
    }

    public record PlanSection(String title, String lead, String status, String period, String created, String closed,
            List<String> team, List<String> goals, List<StepRow> steps, List<MeetingRow> meetings, List<OutcomeRow> outcomes,
            String regime, List<String> referents, List<DiagnosisSection> diagnoses, List<FollowUpRow> followUps) {
    }

    /** A diagnosis worded for print: the heading line and one row per area. */
    public record DiagnosisSection(String heading, String summary, List<AreaRow> areas) {
    }

    public record AreaRow(String area, String assessment, String notes) {
    }

    public record FollowUpRow(String checkpoint, String status, String observedOn, String notes, String recordedBy) {
    }

    public record StepRow(String institution, String title, String service, String planned, String actual, String status,
            String notes) {
    }

    public record MeetingRow(String heldOn, String institution, String attendees, String notes, String recordedBy) {
    }

    public record OutcomeRow(String occurredOn, String kind, String notes, String recordedBy) {
    }

    public record ReferralRow(String sentOn, String from, String to, String service, String message, String answerBy,
            String status, String rejectionReason) {
    }

    public record AccessRow(String date, String institution, String action, long count) {
    }
}
