package pl.synergia.partnership;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Withdraw a joined signatory (Pakt § 4 ust. 1: any signatory may withdraw)")
public record WithdrawalRequest(
        @Schema(required = true) @NotBlank @Size(max = 2000) String reason,
        @Schema(nullable = true, description = "Defaults to today; not before the day it joined, never in the future") LocalDate withdrawnOn) {
}
