import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { InstitutionType } from '@/shared/i18n/labels';
import { partnershipKeys } from '../model';

export const INSTITUTION_MATCHES = 20;

/** GET /api/v1/institutions – directory search for choosing a signatory, stakeholder or partner institution. */
export function useInstitutionSearch(q: string, types: readonly InstitutionType[] = []) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnershipKeys.institutionSearch(q, types),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/institutions', {
          params: {
            query: { q: q || undefined, type: types.length > 0 ? [...types] : undefined, page: 0, size: INSTITUTION_MATCHES, sort: 'name' },
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
