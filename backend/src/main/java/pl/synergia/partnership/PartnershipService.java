package pl.synergia.partnership;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.SortField.Sort;

@ApplicationScoped
public class PartnershipService {

    public record Versioned<T>(T body, long partnershipVersion) {
    }

    public PartnershipPage list(PartnershipRepository.Filter filter, Sort<PartnershipSort> sort, PageParams page) {
        throw new UnsupportedOperationException();
    }

    public PartnershipResponse create(PartnershipRequest r) {
        throw new UnsupportedOperationException();
    }

    public PartnershipResponse get(UUID id) {
        throw new UnsupportedOperationException();
    }

    public PartnershipResponse update(UUID id, long expectedVersion, PartnershipUpdateRequest r) {
        throw new UnsupportedOperationException();
    }

    public PartnershipResponse transition(UUID id, long expectedVersion, PartnershipTransitionRequest r) {
        throw new UnsupportedOperationException();
    }

    public PartnershipEventPage history(UUID id, PageParams page) {
        throw new UnsupportedOperationException();
    }

    public List<VersionSummary> versions(UUID id) {
        throw new UnsupportedOperationException();
    }

    public Versioned<VersionResponse> addVersion(UUID id, long expectedVersion, VersionRequest r) {
        throw new UnsupportedOperationException();
    }

    public VersionResponse version(UUID id, int number) {
        throw new UnsupportedOperationException();
    }

    public long discardVersion(UUID id, int number, long expectedVersion) {
        throw new UnsupportedOperationException();
    }

    public VersionDiff diff(UUID id, int from, int to) {
        throw new UnsupportedOperationException();
    }

    public PublicPartnershipPage publicList(String teryt, PartnershipKind kind, PageParams page) {
        throw new UnsupportedOperationException();
    }

    public PublicPartnership publicGet(UUID id) {
        throw new UnsupportedOperationException();
    }
}
