package pl.synergia.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What the caller may do with a signatory now")
public enum SignatoryAction {
    ACCEPT, DECLINE, CANCEL, WITHDRAW
}
