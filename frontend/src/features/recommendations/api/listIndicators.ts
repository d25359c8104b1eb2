import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';

/** GET /api/v1/regional/indicators – the catalogue a recommendation cites. */
export function useIndicatorCatalogue() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['recommendations', 'indicators'],
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/regional/indicators', { signal })),
    staleTime: 3_600_000,
  });
}
