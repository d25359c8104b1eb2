import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { ifMatch } from '../model';
import type { StakeholderRequest } from './addStakeholder';
import { usePartnershipChanged } from './usePartnershipChanged';

/** PUT /api/v1/partnerships/{id}/stakeholders/{stakeholderId} – changes an entry (If-Match: the entry's version). */
export function useUpdateStakeholder(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async ({ stakeholderId, version, body }: { stakeholderId: string; version: number; body: StakeholderRequest }) =>
      unwrap(
        await client.PUT('/api/v1/partnerships/{id}/stakeholders/{stakeholderId}', {
          params: { path: { id, stakeholderId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => changed(),
  });
}
