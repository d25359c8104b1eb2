package pl.synergia.partnership;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class VariantService {
    public List<VariantResponse> list(UUID partnershipId) {
        throw new UnsupportedOperationException();
    }

    public VariantResponse add(UUID partnershipId, VariantRequest r) {
        throw new UnsupportedOperationException();
    }

    public VariantResponse update(UUID partnershipId, UUID variantId, long expectedVersion, VariantRequest r) {
        throw new UnsupportedOperationException();
    }
}
