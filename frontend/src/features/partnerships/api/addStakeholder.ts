import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { usePartnershipChanged } from './usePartnershipChanged';

export type StakeholderRequest = Schemas['StakeholderRequest'];

/** POST /api/v1/partnerships/{id}/stakeholders – adds an entry to the catalogue. */
export function useAddStakeholder(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async (body: StakeholderRequest) =>
      unwrap(await client.POST('/api/v1/partnerships/{id}/stakeholders', { params: { path: { id } }, body })),
    onSuccess: () => changed(),
  });
}
