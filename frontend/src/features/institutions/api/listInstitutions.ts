import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';

export type InstitutionPage = Schemas['InstitutionPage'];
export type InstitutionSummary = Schemas['InstitutionSummary'];

export const SORT_FIELDS = ['name', 'type', 'gmina'] as const;
export type SortField = (typeof SORT_FIELDS)[number];
export type SortDirection = 'ascending' | 'descending';
/** API sort parameter: field name, `-` prefix for descending. */
export type InstitutionSort = SortField | `-${SortField}`;

export function sortFieldOf(sort: InstitutionSort): SortField {
  return (sort.startsWith('-') ? sort.slice(1) : sort) as SortField;
}

export function sortDirectionOf(sort: InstitutionSort): SortDirection {
  return sort.startsWith('-') ? 'descending' : 'ascending';
}

/** Clicking a column: first ascending, clicking the sorted column again flips the direction. */
export function nextSort(current: InstitutionSort, field: SortField): InstitutionSort {
  if (sortFieldOf(current) !== field) return field;
  return sortDirectionOf(current) === 'ascending' ? `-${field}` : field;
}

export interface ListInstitutionsParams {
  /** 0-based, as the API expects */
  page: number;
  size: number;
  sort: InstitutionSort;
}

/** GET /api/v1/institutions – one page of the institution directory. */
export function useInstitutionList(params: ListInstitutionsParams) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['institutions', 'list', params] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/institutions', {
          params: { query: { page: params.page, size: params.size, sort: params.sort } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
