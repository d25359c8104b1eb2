import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { ifMatch } from '../model';
import { usePartnershipChanged } from './usePartnershipChanged';

/** POST …/signatories/{signatoryId}/cancellation – the partners withdraw an invitation (If-Match: the signatory's version). */
export function useCancelInvitation(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async ({ signatoryId, version }: { signatoryId: string; version: number }) =>
      unwrap(
        await client.POST('/api/v1/partnerships/{id}/signatories/{signatoryId}/cancellation', {
          params: { path: { id, signatoryId }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: () => changed(),
  });
}
