import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { regionalKeys } from '../queryKeys';

export type GminaProfile = Schemas['GminaProfile'];
export type GminaProfileRow = Schemas['GminaProfileRow'];
export type MlwGmina = Schemas['MlwGmina'];

/** GET /api/v1/regional/gminas/{teryt}/profile – every indicator of the gmina beside its powiat and voivodeship, and its MLW stage. */
export function useGminaProfile(teryt: string, period?: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: regionalKeys.profile(teryt, period),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/regional/gminas/{teryt}/profile', {
          params: { path: { teryt }, query: period ? { period } : {} },
          // the profile carries the gmina's recommendations: ask the server each time (a 304 when
          // nothing changed, its ETag stamps them) rather than keep it for the figures' max-age
          cache: 'no-cache',
          signal,
        }),
      ),
  });
}
