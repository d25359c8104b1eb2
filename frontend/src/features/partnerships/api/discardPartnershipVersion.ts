import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrapNoContent } from '@/shared/api/ApiError';
import { ifMatch } from '../model';
import { usePartnershipChanged } from './usePartnershipChanged';

/** DELETE /api/v1/partnerships/{id}/versions/{number} – discards the newest, unsigned version (If-Match: the partnership's version). */
export function useDiscardPartnershipVersion(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async ({ number, version }: { number: number; version: number }) =>
      unwrapNoContent(
        await client.DELETE('/api/v1/partnerships/{id}/versions/{number}', {
          params: { path: { id, number }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: () => changed(),
  });
}
