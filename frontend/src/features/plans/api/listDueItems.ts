import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** GET /api/v1/plans/due – what the caller's institution must do, earliest first. */
export function useDueItems() {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.due,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/plans/due', { signal })),
  });
}
