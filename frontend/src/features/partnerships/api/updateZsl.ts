import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { ifMatch } from '../model';
import { usePartnershipChanged } from './usePartnershipChanged';

export type ZslRequest = Schemas['ZslRequest'];

/** PUT /api/v1/partnerships/{id}/zsl – who initiated the ZSL and when it was established (If-Match: the ZSL's version). */
export function useUpdateZsl(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: ZslRequest }) =>
      unwrap(
        await client.PUT('/api/v1/partnerships/{id}/zsl', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body }),
      ),
    onSuccess: () => changed(),
  });
}
