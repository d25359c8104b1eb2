import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';

/** GET /api/v1/territory/powiats/{code}/gminas – gminas of a powiat (4-digit code); idle without one. */
export function useGminas(powiat: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['territory', 'gminas', powiat] as const,
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/territory/powiats/{code}/gminas', { params: { path: { code: powiat } }, signal })),
    enabled: powiat.length === 4,
    staleTime: Infinity,
  });
}
