import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { regionalKeys } from '../queryKeys';

export type Indicator = Schemas['IndicatorResponse'];

/** GET /api/v1/regional/indicators – the catalogue, with the latest period computed and its as-of day. */
export function useRegionalIndicators(options: { refetchInterval?: number | false } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: regionalKeys.indicators(),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/regional/indicators', { signal })),
    staleTime: 60_000,
    refetchInterval: options.refetchInterval,
  });
}
