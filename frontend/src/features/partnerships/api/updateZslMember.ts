import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { ifMatch } from '../model';
import type { ZslMemberRequest } from './addZslMember';
import { usePartnershipChanged } from './usePartnershipChanged';

/** PUT /api/v1/partnerships/{id}/zsl/members/{memberId} – changes a member, e.g. ends the membership (If-Match: the member's version). */
export function useUpdateZslMember(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async ({ memberId, version, body }: { memberId: string; version: number; body: ZslMemberRequest }) =>
      unwrap(
        await client.PUT('/api/v1/partnerships/{id}/zsl/members/{memberId}', {
          params: { path: { id, memberId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => changed(),
  });
}
