import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { recommendationKeys } from '../model';

/** GET /api/v1/recommendations/{id} – one recommendation with its history and the moves the caller may make. */
export function useRecommendation(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: recommendationKeys.one(id),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/recommendations/{id}', { params: { path: { id } }, signal })),
    retry: false,
  });
}
