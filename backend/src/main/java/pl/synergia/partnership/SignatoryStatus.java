package pl.synergia.partnership;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "INVITED → JOINED → WITHDRAWN, or INVITED → DECLINED (by the invitee) / CANCELLED (by the partners)")
public enum SignatoryStatus {
    INVITED, JOINED, WITHDRAWN, DECLINED, CANCELLED
}
