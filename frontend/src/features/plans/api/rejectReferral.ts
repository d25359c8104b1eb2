import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { useReferralChanged } from './useReferralChanged';

/** POST /api/v1/referrals/{id}/rejection – the receiving institution rejects, always with a reason. */
export function useRejectReferral() {
  const client = useApiClient();
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      unwrap(await client.POST('/api/v1/referrals/{id}/rejection', { params: { path: { id } }, body: { reason } })),
    onSuccess: changed,
  });
}
