import type { DirectorySearchLink } from '@/shared/routes/links';
import { isIsoDate } from '@/shared/format/dates';
import { isInstitutionType, isStakeholderRole, type InstitutionType, type StakeholderRole } from '@/shared/i18n/labels';
import { isTerytPrefix } from '@/shared/reference/AreaSelect';
import { SORT_FIELDS, type InstitutionQuery, type InstitutionSort } from '../api/listInstitutions';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;
export const DEFAULT_SORT: InstitutionSort = 'name';
export const STATUS_TODAY = 'today';

/** The directory search as read from the URL: every value valid, defaults filled in. */
export interface DirectorySearch {
  q: string;
  types: InstitutionType[];
  teryt: string;
  service: string;
  targetGroup: string;
  /** '' (any), 'today' or a date YYYY-MM-DD */
  statusValidOn: string;
  stakeholderRole: StakeholderRole | '';
  includeInactive: boolean;
  /** 1-based */
  page: number;
  size: number;
  sort: InstitutionSort;
}

export const EMPTY_SEARCH: DirectorySearch = {
  q: '',
  types: [],
  teryt: '',
  service: '',
  targetGroup: '',
  statusValidOn: '',
  stakeholderRole: '',
  includeInactive: false,
  page: 1,
  size: DEFAULT_PAGE_SIZE,
  sort: DEFAULT_SORT,
};

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

/** A free-text code parameter (service, target group): trimmed, at most 64 characters. */
function code(value: string | null): string {
  const trimmed = (value ?? '').trim();
  return /^[A-Za-z0-9_-]{1,64}$/.test(trimmed) ? trimmed : '';
}

/** Reads the search from the URL; missing or invalid values fall back to the defaults. */
export function readSearch(params: URLSearchParams): DirectorySearch {
  const size = positiveInt(params.get('size'));
  const sort = params.get('sort');
  const teryt = (params.get('teryt') ?? '').trim();
  const status = (params.get('statusValidOn') ?? '').trim();
  const role = params.get('stakeholderRole');
  const types = [...new Set(params.getAll('type').filter(isInstitutionType))];
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200),
    types,
    teryt: isTerytPrefix(teryt) ? teryt : '',
    service: code(params.get('service')),
    targetGroup: code(params.get('targetGroup')),
    statusValidOn: status === STATUS_TODAY || isIsoDate(status) ? status : '',
    stakeholderRole: isStakeholderRole(role) ? role : '',
    includeInactive: params.get('includeInactive') === 'true',
    page: positiveInt(params.get('page')) ?? 1,
    size: size !== undefined && (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
    sort: isSort(sort) ? sort : DEFAULT_SORT,
  };
}

/** The search as link parameters, leaving defaults out so URLs stay short. */
export function toLink(search: DirectorySearch): DirectorySearchLink {
  return {
    q: search.q || undefined,
    type: search.types.length > 0 ? search.types : undefined,
    teryt: search.teryt || undefined,
    service: search.service || undefined,
    targetGroup: search.targetGroup || undefined,
    statusValidOn: search.statusValidOn || undefined,
    stakeholderRole: search.stakeholderRole || undefined,
    includeInactive: search.includeInactive || undefined,
    page: search.page !== 1 ? search.page : undefined,
    size: search.size !== DEFAULT_PAGE_SIZE ? search.size : undefined,
    sort: search.sort !== DEFAULT_SORT ? search.sort : undefined,
  };
}

/** The API query of a search; `today` is resolved to the date of the day the search runs. */
export function toApiQuery(search: DirectorySearch, today: string): InstitutionQuery {
  return {
    q: search.q || undefined,
    type: search.types.length > 0 ? search.types : undefined,
    teryt: search.teryt || undefined,
    service: search.service || undefined,
    targetGroup: search.targetGroup || undefined,
    statusValidOn: search.statusValidOn === STATUS_TODAY ? today : search.statusValidOn || undefined,
    stakeholderRole: search.stakeholderRole || undefined,
    includeInactive: search.includeInactive || undefined,
    page: search.page - 1,
    size: search.size,
    sort: search.sort,
  };
}

/** Whether any filter (not paging or sorting) narrows the search. */
export function hasFilters(search: DirectorySearch): boolean {
  return Boolean(
    search.q || search.types.length || search.teryt || search.service || search.targetGroup ||
      search.statusValidOn || search.stakeholderRole || search.includeInactive,
  );
}
