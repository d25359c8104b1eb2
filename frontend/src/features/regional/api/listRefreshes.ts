import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { regionalKeys } from '../queryKeys';

export type Refresh = Schemas['RefreshResponse'];

export function isRefreshRunning(refresh: Refresh | undefined): boolean {
  return refresh?.status === 'QUEUED' || refresh?.status === 'RUNNING';
}

/** GET /api/v1/regional/refreshes – the latest recomputations (administrators); asked every 2 s while one runs. */
export function useRefreshes(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: regionalKeys.refreshes(),
    enabled,
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/regional/refreshes', { params: { query: { page: 0, size: 5 } }, signal })),
    refetchInterval: (current) => (current.state.data?.items.some(isRefreshRunning) ? 2000 : false),
  });
}
