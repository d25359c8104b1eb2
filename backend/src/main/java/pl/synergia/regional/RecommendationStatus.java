package pl.synergia.regional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "ISSUED (wydana) → ACKNOWLEDGED (przyjęta do wiadomości) → IMPLEMENTED (wdrożona) or DECLINED (odrzucona, with a reason)")
public enum RecommendationStatus {
    ISSUED, ACKNOWLEDGED, IMPLEMENTED, DECLINED;

    public boolean closed() {
        return this == IMPLEMENTED || this == DECLINED;
    }
}
