import { links, type ServiceSearchLink } from '@/shared/routes/links';
import { isInstitutionType } from '@/shared/i18n/labels';
import type { ServiceQuery } from '../api/listServices';

export const SERVICE_PAGE_SIZE = 20;

function code(value: string | null): string | undefined {
  const trimmed = (value ?? '').trim();
  return /^[A-Za-z0-9_-]{1,64}$/.test(trimmed) ? trimmed : undefined;
}

/** The catalogue search from the URL; invalid values are dropped. */
export function readServiceSearch(params: URLSearchParams): ServiceSearchLink {
  const providerType = params.get('providerType');
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, 200) || undefined,
    regime: code(params.get('regime')),
    providerType: isInstitutionType(providerType) ? providerType : undefined,
    targetGroup: code(params.get('targetGroup')),
    includeHistorical: params.get('includeHistorical') === 'true' || undefined,
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

export function toServiceQuery(search: ServiceSearchLink): ServiceQuery {
  return {
    q: search.q,
    regime: search.regime,
    providerType: isInstitutionType(search.providerType) ? search.providerType : undefined,
    targetGroup: search.targetGroup,
    includeHistorical: search.includeHistorical,
    page: (search.page ?? 1) - 1,
    size: SERVICE_PAGE_SIZE,
  };
}

/** `?…` of a search, '' when there is nothing to say. */
export function serviceSearchString(search: ServiceSearchLink): string {
  const query = links.services(search).split('?')[1];
  return query ? `?${query}` : '';
}
