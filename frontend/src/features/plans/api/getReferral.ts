import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** GET /api/v1/referrals/{id} – one referral sent or received by the caller's institution (audited). */
export function useReferral(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.referral(id),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/referrals/{id}', { params: { path: { id } }, signal })),
  });
}
