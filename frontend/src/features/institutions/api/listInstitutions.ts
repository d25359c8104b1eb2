import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import type { InstitutionType, StakeholderRole } from '@/shared/i18n/labels';
import { institutionKeys } from './getInstitution';

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

/** The query of GET /api/v1/institutions, as the API names it (page 0-based). */
export interface InstitutionQuery {
  q?: string;
  type?: InstitutionType[];
  teryt?: string;
  service?: string;
  targetGroup?: string;
  statusValidOn?: string;
  stakeholderRole?: StakeholderRole;
  includeInactive?: boolean;
  page: number;
  size: number;
  sort: InstitutionSort;
}

/** GET /api/v1/institutions – one page of a directory search. */
export function useInstitutionList(query: InstitutionQuery, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...institutionKeys.lists(), query] as const,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/institutions', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
