package pl.synergia.partnership;

import pl.synergia.shared.web.Versioned;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.institution.InstitutionRef;
import pl.synergia.shared.territory.GminaRef;

@Schema(description = "A partnership agreement: the MLW Pakt or the OPS–PUP–NGO cooperation agreement. ETag is its version")
public record PartnershipResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) GminaRef gmina,
        @Schema(required = true) PartnershipKind kind,
        @Schema(required = true) String title,
        @Schema(required = true) String goals,
        @Schema(required = true, description = "Legal character, from the model text: no financial obligations unless "
                + "separate agreements create them; concluded for an indefinite period") String legalCharacter,
        @Schema(nullable = true, description = "Separate agreements that do create financial obligations") String separateAgreements,
        @Schema(required = true, description = "Always INDEFINITE: concluded for an indefinite period") String period,
        @Schema(required = true) PartnershipStatus status,
        @Schema(required = true, description = "Statuses a transition request may move it to now (rules aside)") Set<PartnershipStatus> allowedTransitions,
        @Schema(required = true) Activation activation,
        @Schema(required = true) InstitutionRef initiator,
        @Schema(required = true) String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(nullable = true) Instant activatedAt,
        @Schema(nullable = true) Dissolution dissolution,
        @Schema(required = true, description = "Number of the newest version of the text") int latestVersion,
        @Schema(nullable = true, description = "Number of the signed version (in force since activation)") Integer signedVersion,
        @Schema(required = true) long joinedSignatories,
        @Schema(required = true) Permissions permissions,
        @Schema(required = true, description = "Also the ETag for If-Match") long version) implements Versioned {

    @Schema(name = "PartnershipDissolution", description = "When and why the partnership was dissolved")
    public record Dissolution(
            @Schema(required = true) Instant dissolvedAt,
            @Schema(required = true) String reason,
            @Schema(required = true, description = "True when the API dissolved it because the signatories fell below "
                    + "the minimum (Pakt § 5 ust. 3, or a party leaving a cooperation agreement)") boolean automatic) {
    }

    @Schema(name = "PartnershipActivation", description = "What moving to ACTIVE requires, and whether it is met now")
    public record Activation(
            @Schema(required = true, description = "The rule, in English") String requirement,
            @Schema(required = true) boolean met,
            @Schema(required = true, description = "Each unmet requirement with its own code and params, the same objects as "
                    + "the errors[] of a refused activation (field signatories; codes too-few-signatories {required, joined}, "
                    + "missing-party {type}, duplicate-party {type, joined}, extra-party {joined}); empty when met")
            java.util.List<pl.synergia.shared.problem.FieldError> missing) {
    }

    @Schema(name = "PartnershipPermissions", description = "What the caller may do with this partnership now")
    public record Permissions(
            @Schema(required = true, description = "Change title and goals (DRAFT, CONSULTATION)") boolean edit,
            @Schema(required = true, description = "Add a text version: a draft, or an amendment while ACTIVE") boolean addVersion,
            @Schema(required = true, description = "Invite signatories, manage stakeholders, ZSL and variants") boolean manage,
            @Schema(required = true, description = "Move it to another status") boolean transition) {
    }
}
