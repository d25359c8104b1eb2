import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** GET /api/v1/anonymisations/policy – the retention rule in force (administrators). */
export function useRetentionPolicy(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.retentionPolicy,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/anonymisations/policy', { signal })),
    enabled,
  });
}
