package pl.synergia.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.catalogue.ServiceRef;
import pl.synergia.shared.institution.InstitutionRef;

/** Everything the platform holds about one person, for their access and portability requests (GDPR art. 15 and 20). */
@Schema(description = "Everything held about a person (GDPR art. 15 and 20), as the exporting institution may see it")
public record ClientExport(
        @Schema(required = true) Instant generatedAt,
        @Schema(required = true, description = "Institution whose data-protection officer made the export") InstitutionRef exportedBy,
        @Schema(required = true) Person person,
        @Schema(required = true, description = "False when the exporting institution has no article 9 basis for it; the registering "
                + "institution holds it") boolean specialCategoryIncluded,
        @Schema(nullable = true) SensitiveData specialCategory,
        @Schema(required = true, description = "Legal bases of sharing the data with institutions: purpose, basis, dates, who recorded "
                + "and withdrew them") List<SharingResponse> sharing,
        @Schema(required = true) List<Plan> plans,
        @Schema(required = true) List<ReferralRecord> referrals,
        @Schema(required = true, description = "Institutions that accessed the data (art. 15(1)(c) recipients), per action and day, "
                + "from the audit log") List<Access> accesses,
        @Schema(required = true, description = "Rectifications of the person's data (GDPR art. 16), newest first: who, when, why, "
                + "old and new values; special-category fields only as changed") List<ClientChangeResponse> rectifications) {

    @Schema(name = "ClientExportPerson")
    public record Person(
            @Schema(required = true) UUID id,
            @Schema(required = true) String firstName,
            @Schema(required = true) String lastName,
            @Schema(nullable = true) String pesel,
            @Schema(nullable = true, description = "After anonymisation only the year is kept, stored as 1 January") LocalDate birthDate,
            @Schema(nullable = true) String phone,
            @Schema(nullable = true) String email,
            @Schema(required = true) String gminaTeryt,
            @Schema(required = true) String gminaName,
            @Schema(required = true) InstitutionRef registeredBy,
            @Schema(required = true) Instant registeredAt,
            @Schema(nullable = true) Instant anonymisedAt) {
    }

    @Schema(name = "ClientExportPlan")
    public record Plan(
            @Schema(required = true) UUID id,
            @Schema(required = true) String title,
            @Schema(required = true) InstitutionRef lead,
            @Schema(required = true) PlanStatus status,
            @Schema(required = true) LocalDate periodFrom,
            @Schema(nullable = true) LocalDate periodTo,
            @Schema(required = true) Instant createdAt,
            @Schema(nullable = true) Instant closedAt,
            @Schema(required = true) PlanResponse.Regime regime,
            @Schema(required = true) List<InstitutionRef> team,
            @Schema(required = true, description = "The caseworkers the team institutions named") List<Referent> referents,
            @Schema(required = true, description = "Diagnoses, newest first (special-category areas withheld from an institution "
                    + "without an article 9 basis)") List<PlanResponse.Diagnosis> diagnoses,
            @Schema(required = true) List<PlanResponse.Goal> goals,
            @Schema(required = true) List<Step> steps,
            @Schema(required = true) List<PlanResponse.Meeting> meetings,
            @Schema(required = true) List<PlanResponse.Outcome> outcomes,
            @Schema(required = true, description = "What became of the person at exit, 3 and 6 months later")
            List<PlanResponse.FollowUpRecord> followUps) {
    }

    @Schema(name = "ClientExportReferent")
    public record Referent(@Schema(required = true) InstitutionRef institution, @Schema(required = true) String name,
            @Schema(required = true) Instant since) {
    }

    @Schema(name = "ClientExportStep")
    public record Step(
            @Schema(required = true) UUID id,
            @Schema(nullable = true, description = "Null for a step of the person") InstitutionRef owner,
            @Schema(required = true) boolean ownedByPerson,
            @Schema(nullable = true, description = "Null for a free action") ServiceRef service,
            @Schema(required = true) String title,
            @Schema(required = true) LocalDate plannedStart,
            @Schema(nullable = true) LocalDate plannedEnd,
            @Schema(nullable = true) LocalDate actualStart,
            @Schema(nullable = true) LocalDate actualEnd,
            @Schema(required = true) StepStatus status,
            @Schema(nullable = true) String notes,
            @Schema(required = true) List<DiagnosisArea> needs) {
    }

    @Schema(name = "ClientExportReferral")
    public record ReferralRecord(
            @Schema(required = true) UUID id,
            @Schema(required = true) UUID planId,
            @Schema(required = true) InstitutionRef from,
            @Schema(required = true) InstitutionRef to,
            @Schema(nullable = true) ServiceRef service,
            @Schema(required = true) String message,
            @Schema(required = true) LocalDate responseDue,
            @Schema(required = true) Referral.Status status,
            @Schema(nullable = true) String rejectionReason,
            @Schema(required = true) Instant sentAt,
            @Schema(nullable = true) Instant respondedAt) {
    }

    @Schema(name = "ClientExportAccess", description = "Accesses of one institution of one kind on one day")
    public record Access(
            @Schema(required = true) InstitutionRef institution,
            @Schema(required = true) String action,
            @Schema(required = true) LocalDate date,
            @Schema(required = true) long count) {
    }
}
