import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrapNoContent } from '@/shared/api/ApiError';
import { ifMatch } from '../model';
import { usePartnershipChanged } from './usePartnershipChanged';

/** DELETE /api/v1/partnerships/{id}/stakeholders/{stakeholderId} – removes an entry (kept in the history). */
export function useRemoveStakeholder(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async ({ stakeholderId, version }: { stakeholderId: string; version: number }) =>
      unwrapNoContent(
        await client.DELETE('/api/v1/partnerships/{id}/stakeholders/{stakeholderId}', {
          params: { path: { id, stakeholderId }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: () => changed(),
  });
}
