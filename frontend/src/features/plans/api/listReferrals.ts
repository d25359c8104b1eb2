import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys, type ReferralBox, type ReferralStatus } from '../model';

export interface ReferralBoxQuery {
  /** one status, or '' for every status */
  status: ReferralStatus | '';
  /** 0-based */
  page: number;
  size: number;
}

/**
 * GET /api/v1/referrals?box=in|out – one page of the inbox or outbox of the caller's institution,
 * newest first, filtered by status on the server (each referral listed is one audit row).
 */
export function useReferrals(box: ReferralBox, { status, page, size }: ReferralBoxQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.referrals(box, status, page, size),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/referrals', {
          params: { query: { box, status: status ? [status] : undefined, page, size } },
          signal,
        }),
      ),
    // the previous page stays while the next loads, but never the other box's referrals
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === box ? previous : undefined),
  });
}
