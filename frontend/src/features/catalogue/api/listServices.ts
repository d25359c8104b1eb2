import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { InstitutionType } from '@/shared/i18n/labels';

export interface ServiceQuery {
  q?: string;
  regime?: string;
  providerType?: InstitutionType;
  targetGroup?: string;
  includeHistorical?: boolean;
  /** 0-based */
  page: number;
  size: number;
}

/** GET /api/v1/catalogue/services – one page of a catalogue search, by name. */
export function useServiceList(query: ServiceQuery) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['catalogue', 'services', 'list', query] as const,
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/catalogue/services', { params: { query: { ...query, sort: 'name' } }, signal })),
    placeholderData: keepPreviousData,
  });
}
