import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { useReferralChanged } from './useReferralChanged';

export type ReferralRequest = Schemas['ReferralRequest'];

/** POST /api/v1/plans/{id}/referrals – asks another institution (with an active legal basis) to take a step. */
export function useSendReferral(planId: string) {
  const client = useApiClient();
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: async (body: ReferralRequest) =>
      unwrap(await client.POST('/api/v1/plans/{id}/referrals', { params: { path: { id: planId } }, body })),
    onSuccess: changed,
  });
}
