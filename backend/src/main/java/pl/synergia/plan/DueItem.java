package pl.synergia.plan;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.catalogue.ServiceRef;
import pl.synergia.shared.institution.InstitutionRef;

@Schema(description = "Something a plan's statutory clock or schedule makes due")
public record DueItem(
        @Schema(required = true) Kind kind,
        @Schema(required = true) UUID planId,
        @Schema(required = true, nullable = true, description = "Null for REFERRAL_RESPONSE: the receiving institution does not see "
                + "the person until it accepts; referral.person carries the minimum the referral inbox shows") PlanResponse.ClientRef client,
        @Schema(nullable = true) UUID stepId,
        @Schema(nullable = true) String stepTitle,
        @Schema(required = true, description = "Institution that must act") InstitutionRef institution,
        @Schema(required = true) LocalDate dueOn,
        @Schema(required = true) boolean overdue,
        @Schema(nullable = true, description = "Only for REFERRAL_RESPONSE: the referral to answer") PendingReferral referral) {

    static DueItem ofPlan(Kind kind, UUID planId, PlanResponse.ClientRef client, UUID stepId, String stepTitle,
            InstitutionRef institution, LocalDate dueOn, boolean overdue) {
        return new DueItem(kind, planId, client, stepId, stepTitle, institution, dueOn, overdue, null);
    }

    @Schema(name = "DueItemKind", description = "PUP_MEETING: the PUP must be in contact with the person at least every 30 days "
            + "(2025 act) or 60 days (2004 act), as the plan's regime says; "
            + "STEP_START: a planned step should have started; STEP_END: an open step reaches its planned end within 14 days or has passed it; "
            + "IPZS_END: the basic period of a social-employment programme (IPZS) ends within 30 days: extend it or end it; "
            + "IPZS_EXTENSION_END: its extension ends within 30 days; "
            + "STATUS_EXPIRY: the official status of a CIS or KIS of the team ends within 90 days or has ended (the institution "
            + "renews it; the plan's lead sees it too); "
            + "PLAN_END: the plan's period ends within 30 days; "
            + "FOLLOW_UP_EXIT, FOLLOW_UP_3_MONTHS, FOLLOW_UP_6_MONTHS: the lead records what became of the person at exit, "
            + "3 and 6 months after it (due within 14 days or late); "
            + "REFERRAL_RESPONSE: a referral to the institution awaits its answer, due within 7 days or late")
    public enum Kind {
        PUP_MEETING, STEP_START, STEP_END, IPZS_END, IPZS_EXTENSION_END, STATUS_EXPIRY, PLAN_END, FOLLOW_UP_EXIT,
        FOLLOW_UP_3_MONTHS, FOLLOW_UP_6_MONTHS, REFERRAL_RESPONSE;

        static Kind followUp(FollowUp.Checkpoint checkpoint) {
            return switch (checkpoint) {
                case EXIT -> FOLLOW_UP_EXIT;
                case MONTHS_3 -> FOLLOW_UP_3_MONTHS;
                case MONTHS_6 -> FOLLOW_UP_6_MONTHS;
            };
        }
    }

    /** The referral awaiting an answer, with only the minimum about the person (as in the referral inbox). */
    @Schema(name = "DueItemReferral")
    public record PendingReferral(@Schema(required = true) UUID id, @Schema(required = true) InstitutionRef from,
            @Schema(nullable = true, description = "The catalogue service asked for, if any") ServiceRef service,
            @Schema(required = true) ReferralResponse.Person person) {
    }
}
