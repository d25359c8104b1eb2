package pl.synergia.integration;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import pl.synergia.shared.web.Versioned;

@Schema(description = "A new webhook subscription with its signing secret, shown this once")
public record WebhookCreated(
        @Schema(required = true) WebhookResponse subscription,
        @Schema(required = true, description = "The signing secret (Standard Webhooks: whsec_ and the base64 of 32 random bytes). "
                + "Store it now: it is never shown again. Verify each delivery's webhook-signature with it.",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw3Mo5YwL0Ax4=") String secret) implements Versioned {

    @Override
    public long version() {
        return subscription.version();
    }
}
