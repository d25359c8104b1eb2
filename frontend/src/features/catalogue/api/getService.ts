import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';

export type Service = Schemas['ServiceResponse'];

/** GET /api/v1/catalogue/services/{code} – one catalogue entry with its versions under other acts. */
export function useService(code: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['catalogue', 'services', 'detail', code] as const,
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/catalogue/services/{code}', { params: { path: { code } }, signal })),
    staleTime: 10 * 60_000,
  });
}
