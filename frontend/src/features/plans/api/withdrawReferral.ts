import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { useReferralChanged } from './useReferralChanged';

/** POST /api/v1/referrals/{id}/withdrawal – the sending institution withdraws a sent or accepted referral. */
export function useWithdrawReferral() {
  const client = useApiClient();
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await client.POST('/api/v1/referrals/{id}/withdrawal', { params: { path: { id } } })),
    onSuccess: changed,
  });
}
