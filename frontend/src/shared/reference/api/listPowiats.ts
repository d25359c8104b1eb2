import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';

/** GET /api/v1/territory/voivodeships/{code}/powiats – powiats of a voivodeship (2-digit code); idle without one. */
export function usePowiats(voivodeship: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['territory', 'powiats', voivodeship] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/territory/voivodeships/{code}/powiats', { params: { path: { code: voivodeship } }, signal }),
      ),
    enabled: voivodeship.length === 2,
    staleTime: Infinity,
  });
}
