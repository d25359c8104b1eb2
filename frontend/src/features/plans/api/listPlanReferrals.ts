import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/**
 * GET /api/v1/plans/{id}/referrals – every referral of the plan, newest first, for an institution
 * that sees the plan (each one listed is one audit row).
 */
export function usePlanReferrals(planId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.planReferrals(planId),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/plans/{id}/referrals', { params: { path: { id: planId } }, signal })),
  });
}
