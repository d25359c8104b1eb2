import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';

export type TerritoryUnit = Schemas['TerritoryUnit'];

/** GET /api/v1/territory/voivodeships – the 16 voivodeships (reference data: cached for the session). */
export function useVoivodeships() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['territory', 'voivodeships'] as const,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/territory/voivodeships', { signal })),
    staleTime: Infinity,
  });
}
