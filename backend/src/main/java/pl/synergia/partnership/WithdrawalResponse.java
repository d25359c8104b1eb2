package pl.synergia.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The withdrawn signatory, and what became of the partnership: when the signatories fall below the "
        + "minimum of an ACTIVE partnership (fewer than three for a Pakt, § 5 ust. 3; any party for a cooperation "
        + "agreement) it is DISSOLVED in the same transaction and `dissolution` says so")
public record WithdrawalResponse(
        @Schema(required = true) SignatoryResponse signatory,
        @Schema(required = true, description = "The partnership's status after the withdrawal") PartnershipStatus partnershipStatus,
        @Schema(required = true, description = "The partnership's new version (ETag)") long partnershipVersion,
        @Schema(required = true) long joinedSignatories,
        @Schema(nullable = true, description = "Set when this withdrawal dissolved the partnership") PartnershipResponse.Dissolution dissolution) {
}
