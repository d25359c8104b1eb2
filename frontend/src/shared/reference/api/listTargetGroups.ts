import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';

/** GET /api/v1/catalogue/target-groups – target groups of services (reference data). */
export function useTargetGroups() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['catalogue', 'target-groups'] as const,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/catalogue/target-groups', { signal })),
    staleTime: Infinity,
  });
}
