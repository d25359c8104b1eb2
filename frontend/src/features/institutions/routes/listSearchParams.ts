import { SORT_FIELDS, type InstitutionSort } from '../api/listInstitutions';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_SORT: InstitutionSort = 'name';

/** The list state as kept in the URL: `?page=` (1-based), `?size=`, `?sort=`. */
export interface ListState {
  page: number;
  size: number;
  sort: InstitutionSort;
}

function isSort(value: string | null): value is InstitutionSort {
  if (value === null) return false;
  const field = value.startsWith('-') ? value.slice(1) : value;
  return (SORT_FIELDS as readonly string[]).includes(field);
}

function positiveInt(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const parsed = Number(value);
  return parsed >= 1 ? parsed : undefined;
}

/** Reads the list state from search params, falling back to defaults for missing or bad values. */
export function readListState(params: URLSearchParams): ListState {
  const size = positiveInt(params.get('size'));
  const sort = params.get('sort');
  return {
    page: positiveInt(params.get('page')) ?? 1,
    size: size !== undefined && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    sort: isSort(sort) ? sort : DEFAULT_SORT,
  };
}

/** Writes the list state, leaving defaults out so URLs stay short. */
export function writeListState(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.page !== 1) params.set('page', String(state.page));
  if (state.size !== DEFAULT_PAGE_SIZE) params.set('size', String(state.size));
  if (state.sort !== DEFAULT_SORT) params.set('sort', state.sort);
  return params;
}
