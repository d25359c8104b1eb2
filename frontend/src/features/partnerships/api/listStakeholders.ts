import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys, type StakeholderCode, type StakeholderSector } from '../model';

/** The board shows the whole catalogue grouped; a gmina's catalogue rarely has more than one page of this size. */
export const STAKEHOLDER_PAGE_SIZE = 100;

export interface StakeholderQuery {
  code?: StakeholderCode;
  sector?: StakeholderSector;
  /** 0-based */
  page: number;
}

/** GET /api/v1/partnerships/{id}/stakeholders – the Gminny Katalog Interesariuszy, by code and sector. */
export function useStakeholders(id: string, { code, sector, page }: StakeholderQuery) {
  const client = useApiClient();
  const query = { code, sector, page, size: STAKEHOLDER_PAGE_SIZE, sort: 'name' as const };
  return useQuery({
    queryKey: [...partnershipKeys.stakeholders(id), { code, sector, page }] as const,
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/partnerships/{id}/stakeholders', { params: { path: { id }, query }, signal })),
    placeholderData: keepPreviousData,
  });
}
