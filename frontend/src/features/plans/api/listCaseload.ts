import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { planKeys } from '../model';

export type CaseloadPlanFilter = Schemas['CaseloadPlanFilter'];
export type CaseloadSort = 'name' | '-name' | 'nextDue' | '-nextDue';

/** The query of GET /api/v1/clients, as the API names it (page 0-based). Never a PESEL: that goes in a POST body. */
export interface CaseloadQuery {
  q?: string;
  planStatus?: CaseloadPlanFilter[];
  sort: CaseloadSort;
  page: number;
  size: number;
}

/** GET /api/v1/clients – one page of the caller's caseload, searched by name, filtered by plan status, sorted. */
export function useCaseload(query: CaseloadQuery, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.caseload(query),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/clients', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
