import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';

export type OfferingListing = Schemas['OfferingListing'];

/**
 * GET /api/v1/offerings?service=&teryt= – who offers a service in an area (active offerings of
 * active institutions). Idle until `enabled` (the user asked).
 */
export function useOfferings(params: { service: string; teryt?: string; page: number; size: number }, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    // under ['offerings'] so that changing an offering anywhere refreshes these lists
    queryKey: ['offerings', params] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/offerings', {
          params: { query: { service: params.service, teryt: params.teryt || undefined, page: params.page, size: params.size } },
          signal,
        }),
      ),
    enabled,
    placeholderData: keepPreviousData,
  });
}
