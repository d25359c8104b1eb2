import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { usePartnershipChanged } from './usePartnershipChanged';

export type ZslMemberRequest = Schemas['ZslMemberRequest'];

/** POST /api/v1/partnerships/{id}/zsl/members – a member delegated by a joined signatory. */
export function useAddZslMember(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async (body: ZslMemberRequest) =>
      unwrap(await client.POST('/api/v1/partnerships/{id}/zsl/members', { params: { path: { id } }, body })),
    onSuccess: () => changed(),
  });
}
