package pl.synergia.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "OFF: no e-mail; IMMEDIATE: one e-mail as it happens; DIGEST: in one e-mail a day with the others")
public enum EmailMode {
    OFF, IMMEDIATE, DIGEST
}
