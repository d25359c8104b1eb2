import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';

/** GET /api/v1/institutions/{id} – the caller's institution, for the voivodeship (2 digits) of its gmina. */
export function useOwnVoivodeship(institutionId: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['recommendations', 'own-institution', institutionId ?? ''],
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/institutions/{id}', { params: { path: { id: institutionId ?? '' } }, signal })),
    enabled: Boolean(institutionId),
    select: (institution) => institution.gmina.teryt.slice(0, 2),
    staleTime: 3_600_000,
  });
}
