import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { PartnershipKind, PartnershipStatus } from '../model';
import { partnershipKeys } from '../model';

export const PARTNERSHIP_SORT_FIELDS = ['title', 'gmina', 'status', 'createdAt'] as const;
export type PartnershipSortField = (typeof PARTNERSHIP_SORT_FIELDS)[number];
/** API sort parameter: field name, `-` prefix for descending. */
export type PartnershipSort = PartnershipSortField | `-${PartnershipSortField}`;

/** The query of GET /api/v1/partnerships, as the API names it (page 0-based). */
export interface PartnershipQuery {
  gmina?: string;
  status?: PartnershipStatus;
  kind?: PartnershipKind;
  page: number;
  size: number;
  sort: PartnershipSort;
}

/** GET /api/v1/partnerships – one page of partnerships, filtered by area, status and kind. */
export function usePartnershipList(query: PartnershipQuery, options: { enabled?: boolean } = {}) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...partnershipKeys.lists, query] as const,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/partnerships', { params: { query }, signal })),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
