import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { usePartnershipChanged } from './usePartnershipChanged';

export type InvitationRequest = Schemas['InvitationRequest'];

/** POST /api/v1/partnerships/{id}/signatories – invites a directory institution or a private person. */
export function useInviteSignatory(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async (body: InvitationRequest) =>
      unwrap(await client.POST('/api/v1/partnerships/{id}/signatories', { params: { path: { id } }, body })),
    onSuccess: () => changed(),
  });
}
