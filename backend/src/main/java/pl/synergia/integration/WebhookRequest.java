package pl.synergia.integration;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where to send which events", example = """
        {"url": "https://system.example.org/synergia/webhooks", "eventTypes": ["pl.synergia.referral.sent",
         "pl.synergia.referral.withdrawn"], "description": "Skierowania do PUP"}""")
public record WebhookRequest(
        @NotBlank @Size(max = WebhookTargets.MAX_URL_LENGTH)
        @Schema(required = true, maxLength = WebhookTargets.MAX_URL_LENGTH, description = "An http or https URL of a public host "
                + "(no credentials, no fragment); https is strongly advised") String url,
        @NotEmpty @Size(max = 50)
        @Schema(required = true, minItems = 1, maxItems = 50, description = "CloudEvents types to receive, e.g. pl.synergia.referral.sent "
                + "(docs/integration.md lists them)") List<@NotNull @Size(max = 80) String> eventTypes,
        @Size(max = 200) @Schema(nullable = true, maxLength = 200, description = "What it is for, for people") String description) {
}
