import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys } from '../model';

/** GET /api/v1/partnerships/{id}/versions/{number}/diff?against= – two versions compared section by section. */
export function usePartnershipVersionDiff(id: string, from: number | undefined, to: number | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnershipKeys.diff(id, from ?? 0, to ?? 0),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/partnerships/{id}/versions/{number}/diff', {
          params: { path: { id, number: to ?? 0 }, query: { against: from ?? 0 } },
          signal,
        }),
      ),
    enabled: from !== undefined && to !== undefined && from > 0 && to > 0 && from !== to,
  });
}
