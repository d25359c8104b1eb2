import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys } from '../model';

/** GET /api/v1/partnerships/{id}/variants – the organisational variants considered and chosen, the chosen one first. */
export function useVariants(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnershipKeys.variants(id),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/partnerships/{id}/variants', { params: { path: { id } }, signal })),
  });
}
