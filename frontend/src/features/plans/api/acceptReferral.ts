import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { useReferralChanged } from './useReferralChanged';

/** POST /api/v1/referrals/{id}/acceptance – the receiving institution accepts; it then sees the plan. */
export function useAcceptReferral() {
  const client = useApiClient();
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await client.POST('/api/v1/referrals/{id}/acceptance', { params: { path: { id } } })),
    onSuccess: changed,
  });
}
