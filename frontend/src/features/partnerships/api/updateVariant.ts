import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { ifMatch } from '../model';
import type { VariantRequest } from './addVariant';
import { usePartnershipChanged } from './usePartnershipChanged';

/** PUT /api/v1/partnerships/{id}/variants/{variantId} – status, dates, detail (If-Match: the record's version). */
export function useUpdateVariant(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async ({ variantId, version, body }: { variantId: string; version: number; body: VariantRequest }) =>
      unwrap(
        await client.PUT('/api/v1/partnerships/{id}/variants/{variantId}', {
          params: { path: { id, variantId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => changed(),
  });
}
