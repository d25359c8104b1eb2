import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';

/** GET /api/v1/territory/gminas/{teryt} – one gmina by its 7-digit TERYT code; idle without one. */
export function useGmina(teryt: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['territory', 'gmina', teryt] as const,
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/territory/gminas/{teryt}', { params: { path: { teryt } }, signal })),
    enabled: /^\d{7}$/.test(teryt),
    staleTime: Infinity,
  });
}
