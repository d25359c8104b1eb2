import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { usePartnershipChanged } from './usePartnershipChanged';

export type VariantRequest = Schemas['VariantRequest'];

/** POST /api/v1/partnerships/{id}/variants – records a variant the gmina considers (or chose). */
export function useAddVariant(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async (body: VariantRequest) =>
      unwrap(await client.POST('/api/v1/partnerships/{id}/variants', { params: { path: { id } }, body })),
    onSuccess: () => changed(),
  });
}
