import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys } from '../model';

/** GET /api/v1/institutions/{id} – here for the gmina of the caller's institution (the default of the list and of a new partnership). */
export function useInstitution(id: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnershipKeys.institution(id ?? ''),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/institutions/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: Boolean(id),
    staleTime: 5 * 60_000,
  });
}
