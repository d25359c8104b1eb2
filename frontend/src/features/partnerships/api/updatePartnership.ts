import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { ifMatch } from '../model';
import { usePartnershipChanged } from './usePartnershipChanged';

export type PartnershipUpdateRequest = Schemas['PartnershipUpdateRequest'];

/** PUT /api/v1/partnerships/{id} – title and goals while DRAFT or CONSULTATION (If-Match: the partnership's version). */
export function useUpdatePartnership(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: PartnershipUpdateRequest }) =>
      unwrap(
        await client.PUT('/api/v1/partnerships/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: changed,
  });
}
