import type { PartnershipSearchLink } from '@/shared/routes/links';
import { isTerytPrefix } from '@/shared/reference/AreaSelect';
import { PARTNERSHIP_SORT_FIELDS, type PartnershipQuery, type PartnershipSort } from '../api/listPartnerships';
import { isPartnershipKind, isPartnershipStatus, type PartnershipKind, type PartnershipStatus } from '../model';

export const PAGE_SIZE = 20;
export const DEFAULT_SORT: PartnershipSort = '-createdAt';
/** `gmina=all`: the whole country instead of the gmina of the user's institution */
export const ALL_AREAS = 'all';

/** The list as read from the URL: every value valid, defaults filled in. */
export interface PartnershipSearch {
  /** '' (the default: the gmina of the user's institution), 'all', or a TERYT prefix */
  gmina: string;
  status: PartnershipStatus | '';
  kind: PartnershipKind | '';
  /** 1-based */
  page: number;
  sort: PartnershipSort;
}

function isSort(value: string | null): value is PartnershipSort {
  if (value === null) return false;
  const field = value.startsWith('-') ? value.slice(1) : value;
  return (PARTNERSHIP_SORT_FIELDS as readonly string[]).includes(field);
}

export function readSearch(params: URLSearchParams): PartnershipSearch {
  const gmina = (params.get('gmina') ?? '').trim();
  const status = params.get('status');
  const kind = params.get('kind');
  const page = params.get('page') ?? '';
  const sort = params.get('sort');
  return {
    gmina: gmina === ALL_AREAS || isTerytPrefix(gmina) ? gmina : '',
    status: isPartnershipStatus(status) ? status : '',
    kind: isPartnershipKind(kind) ? kind : '',
    page: /^\d+$/.test(page) && Number(page) >= 1 ? Number(page) : 1,
    sort: isSort(sort) ? sort : DEFAULT_SORT,
  };
}

/** The search as link parameters, defaults left out so URLs stay short. */
export function toLink(search: PartnershipSearch): PartnershipSearchLink {
  return {
    gmina: search.gmina || undefined,
    status: search.status || undefined,
    kind: search.kind || undefined,
    page: search.page,
    sort: search.sort !== DEFAULT_SORT ? search.sort : undefined,
  };
}

/**
 * The area the list shows: the one in the URL, else the gmina of the user's institution (when
 * known); undefined for the whole country.
 */
export function effectiveArea(search: PartnershipSearch, ownGmina: string | undefined): string | undefined {
  if (search.gmina === ALL_AREAS) return undefined;
  return search.gmina || ownGmina;
}

export function toApiQuery(search: PartnershipSearch, area: string | undefined): PartnershipQuery {
  return {
    gmina: area,
    status: search.status || undefined,
    kind: search.kind || undefined,
    page: search.page - 1,
    size: PAGE_SIZE,
    sort: search.sort,
  };
}

export type SortField = (typeof PARTNERSHIP_SORT_FIELDS)[number];

export function sortFieldOf(sort: PartnershipSort): SortField {
  return (sort.startsWith('-') ? sort.slice(1) : sort) as SortField;
}

/** Clicking a column: first ascending (dates: newest first), clicking it again flips the direction. */
export function nextSort(current: PartnershipSort, field: SortField): PartnershipSort {
  if (sortFieldOf(current) !== field) return field === 'createdAt' ? '-createdAt' : field;
  return current.startsWith('-') ? field : `-${field}`;
}
