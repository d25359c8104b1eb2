package pl.synergia.partnership;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import pl.synergia.shared.web.PageParams;
import pl.synergia.shared.web.SortField.Sort;

@ApplicationScoped
public class StakeholderService {
    public StakeholderPage list(UUID partnershipId, StakeholderCode code, StakeholderSector sector, Sort<StakeholderSort> sort,
            PageParams page) {
        throw new UnsupportedOperationException();
    }

    public StakeholderResponse add(UUID partnershipId, StakeholderRequest r) {
        throw new UnsupportedOperationException();
    }

    public StakeholderResponse get(UUID partnershipId, UUID stakeholderId) {
        throw new UnsupportedOperationException();
    }

    public StakeholderResponse update(UUID partnershipId, UUID stakeholderId, long expectedVersion, StakeholderRequest r) {
        throw new UnsupportedOperationException();
    }

    public void remove(UUID partnershipId, UUID stakeholderId, long expectedVersion) {
        throw new UnsupportedOperationException();
    }
}
