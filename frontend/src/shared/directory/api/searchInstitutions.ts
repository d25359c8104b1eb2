import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { InstitutionType } from '@/shared/i18n/labels';

/** How many matches a picker shows; more found means "narrow the search". */
export const INSTITUTION_MATCHES = 20;

/**
 * The cache prefix of every directory search. The directory feature invalidates it after a
 * change of an entry, so a picker finds the entry as it is now.
 */
export const DIRECTORY_SEARCHES = ['institutions', 'list'] as const;

export interface InstitutionSearch {
  /** words of the name (or an identifier); empty: the first entries by name */
  q: string;
  /** only these institution types; empty: every type */
  types?: readonly InstitutionType[];
  /** deactivated entries as well */
  includeInactive?: boolean;
}

/** GET /api/v1/institutions – the first matches of a directory search by name, for choosing an institution. */
export function useInstitutionSearch({ q, types = [], includeInactive = false }: InstitutionSearch) {
  const client = useApiClient();
  const query = {
    q: q || undefined,
    type: types.length > 0 ? [...types] : undefined,
    includeInactive: includeInactive || undefined,
    page: 0,
    size: INSTITUTION_MATCHES,
    sort: 'name' as const,
  };
  return useQuery({
    queryKey: [...DIRECTORY_SEARCHES, query] as const,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/institutions', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}
