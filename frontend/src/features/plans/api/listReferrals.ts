import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys, type ReferralBox } from '../model';

/**
 * GET /api/v1/referrals?box=in|out – the inbox or outbox of the caller's institution, newest
 * first (the API answers at most 200, with neither a status filter nor pages: both are the SPA's).
 */
export function useReferrals(box: ReferralBox) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.referrals(box),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/referrals', { params: { query: { box } }, signal })),
  });
}
