import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

export const INSTITUTION_MATCHES = 20;

/** GET /api/v1/institutions – directory search for choosing the institution a basis of sharing is for. */
export function useInstitutionSearch(q: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.institutionSearch(q),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/institutions', {
          params: { query: { q: q || undefined, page: 0, size: INSTITUTION_MATCHES, sort: 'name' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
