import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** GET /api/v1/me/colleagues – the caseworkers of the caller's institution who have signed in, by name. */
export function useColleagues(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.colleagues,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/me/colleagues', { signal })),
    enabled,
    staleTime: 60_000,
  });
}
