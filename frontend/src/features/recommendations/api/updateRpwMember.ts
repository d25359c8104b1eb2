import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { ifMatch, recommendationKeys, type RpwMemberRequest } from '../model';

/** PUT /api/v1/regional/rpw/{voivodeship}/members/{memberId} – changes a member, e.g. ends the membership (If-Match: the member's version). */
export function useUpdateRpwMember(voivodeship: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ memberId, version, body }: { memberId: string; version: number; body: RpwMemberRequest }) =>
      unwrap(
        await client.PUT('/api/v1/regional/rpw/{voivodeship}/members/{memberId}', {
          params: { path: { voivodeship, memberId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: (rpw) => queryClient.setQueryData(recommendationKeys.rpw(voivodeship), rpw),
  });
}
