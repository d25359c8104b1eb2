package pl.synergia.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How many notifications were marked read")
public record MarkedRead(@Schema(required = true, minimum = "0") long marked) {
}
