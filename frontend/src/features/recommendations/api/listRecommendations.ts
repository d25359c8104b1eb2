import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { recommendationKeys, type RecommendationStatus } from '../model';

export const RECOMMENDATIONS_PAGE_SIZE = 20;

/** GET /api/v1/recommendations – the caller's: an analyst's voivodeship's, an addressed OPS's or PUP's own. */
export function useRecommendations(status: string, territory: string, page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: recommendationKeys.list(status, territory, page),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/recommendations', {
          params: {
            query: {
              status: (status || undefined) as RecommendationStatus | undefined,
              territory: territory || undefined,
              page,
              size: RECOMMENDATIONS_PAGE_SIZE,
              sort: '-issuedAt',
            },
          },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}
