import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { recommendationKeys, type RpwMemberRequest } from '../model';

/** POST /api/v1/regional/rpw/{voivodeship}/members – a member delegated by an institution of the directory. */
export function useAddRpwMember(voivodeship: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RpwMemberRequest) =>
      unwrap(await client.POST('/api/v1/regional/rpw/{voivodeship}/members', { params: { path: { voivodeship } }, body })),
    onSuccess: (rpw) => queryClient.setQueryData(recommendationKeys.rpw(voivodeship), rpw),
  });
}
