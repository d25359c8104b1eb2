import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { useReferralChanged } from './useReferralChanged';

/** POST /api/v1/referrals/{id}/completion – the receiving institution marks an accepted referral done. */
export function useCompleteReferral() {
  const client = useApiClient();
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await client.POST('/api/v1/referrals/{id}/completion', { params: { path: { id } } })),
    onSuccess: changed,
  });
}
