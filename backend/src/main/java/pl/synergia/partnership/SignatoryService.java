package pl.synergia.partnership;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class SignatoryService {
    public List<SignatoryResponse> list(UUID partnershipId) {
        throw new UnsupportedOperationException();
    }

    public SignatoryResponse invite(UUID partnershipId, InvitationRequest r) {
        throw new UnsupportedOperationException();
    }

    public SignatoryResponse accept(UUID partnershipId, UUID signatoryId, long expectedVersion, AcceptanceRequest r) {
        throw new UnsupportedOperationException();
    }

    public SignatoryResponse decline(UUID partnershipId, UUID signatoryId, long expectedVersion) {
        throw new UnsupportedOperationException();
    }

    public SignatoryResponse cancel(UUID partnershipId, UUID signatoryId, long expectedVersion) {
        throw new UnsupportedOperationException();
    }

    public WithdrawalResponse withdraw(UUID partnershipId, UUID signatoryId, long expectedVersion, WithdrawalRequest r) {
        throw new UnsupportedOperationException();
    }
}
