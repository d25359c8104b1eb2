import { useQueries } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { regionalKeys } from '../queryKeys';

export type Series = Schemas['SeriesResponse'];
export type Periodicity = Schemas['Periodicity'];

/** GET /api/v1/regional/series – one series per unit (a gmina, its powiat and voivodeship), asked together. */
export function useRegionalSeries(indicator: string | undefined, units: readonly string[], periodicity: Periodicity) {
  const client = useApiClient();
  return useQueries({
    queries: units.map((unit) => {
      const query = { indicator: indicator ?? '', unit, periodicity };
      return {
        queryKey: regionalKeys.series(query),
        enabled: indicator !== undefined,
        queryFn: async ({ signal }: { signal: AbortSignal }) =>
          unwrap(await client.GET('/api/v1/regional/series', { params: { query }, signal })),
      };
    }),
  });
}
