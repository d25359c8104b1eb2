import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { regionalKeys } from '../queryKeys';

/** GET /api/v1/public/regional/voivodeships/{code} – one voivodeship with its list of MLW gminas, without login. */
export function usePublicVoivodeship(code: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: regionalKeys.publicVoivodeship(code ?? ''),
    enabled: code !== undefined,
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/public/regional/voivodeships/{code}', { params: { path: { code: code! } }, signal })),
    staleTime: 5 * 60_000,
  });
}
