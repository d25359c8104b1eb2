import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { regionalKeys } from '../queryKeys';

export type PublicRegionalSummary = Schemas['PublicRegionalSummary'];
export type PublicVoivodeship = Schemas['PublicVoivodeship'];

/** GET /api/v1/public/regional/voivodeships – every voivodeship's entities, places and MLW gminas, without login. */
export function usePublicRegionalSummary() {
  const client = useApiClient();
  return useQuery({
    queryKey: regionalKeys.publicSummary(),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/public/regional/voivodeships', { signal })),
    staleTime: 5 * 60_000,
  });
}
