import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { partnershipKeys } from '../model';

export type PartnershipRequest = Schemas['PartnershipRequest'];

/** POST /api/v1/partnerships – starts a partnership in DRAFT; version 1 of its text comes from the model text. */
export function useCreatePartnership() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PartnershipRequest) => unwrap(await client.POST('/api/v1/partnerships', { body })),
    onSuccess: (created) => {
      queryClient.setQueryData(partnershipKeys.detail(created.id), created);
      void queryClient.invalidateQueries({ queryKey: partnershipKeys.lists });
    },
  });
}
