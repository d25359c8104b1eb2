package pl.synergia.plan;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.input.InputLimits;
import pl.synergia.shared.web.PageParams;

@Schema(description = "A caseload search that may hold a PESEL, which is never part of a URL; every field optional")
public record CaseloadSearchRequest(
        @Schema(nullable = true, description = "The person's PESEL (11 digits)", pattern = "^[0-9]{11}$", maxLength = 11)
        @Pattern(regexp = "^[0-9]{11}$", message = "must be 11 digits") String pesel,
        @Schema(nullable = true, description = "Words of the first or last name", maxLength = CaseloadQuery.Q_MAX)
        @Size(max = CaseloadQuery.Q_MAX) String q,
        @Schema(nullable = true, description = "Only people whose plan has one of these statuses; NONE: no plan", maxItems = 5)
        @Size(max = 5) List<CaseloadPlanFilter> planStatus,
        @Schema(nullable = true, description = "name, -name, nextDue or -nextDue", pattern = CaseloadQuery.Sort.PATTERN, maxLength = 8,
                defaultValue = "name")
        @Pattern(regexp = CaseloadQuery.Sort.PATTERN, message = "must be one of name, -name, nextDue, -nextDue") String sort,
        @Schema(nullable = true, description = "0-based page", minimum = "0", defaultValue = "0")
        @Min(0) @Max(InputLimits.PAGE_MAX) Integer page,
        @Schema(nullable = true, minimum = "1", maximum = "100", defaultValue = "20")
        @Min(1) @Max(PageParams.MAX_SIZE) Integer size) {
}
