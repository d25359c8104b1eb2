package pl.synergia.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Why a referral is rejected")
public record ReferralRejection(@Schema(required = true) @NotBlank @Size(max = 2000) String reason) {
}
