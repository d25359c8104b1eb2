import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys } from '../model';

/** The board shows the whole catalogue grouped; a gmina's catalogue rarely has more than one page of this size. */
export const STAKEHOLDER_PAGE_SIZE = 100;

/** GET /api/v1/partnerships/{id}/stakeholders – the Gminny Katalog Interesariuszy, by code and sector (page 0-based). */
export function useStakeholders(id: string, page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...partnershipKeys.stakeholders(id), page] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/partnerships/{id}/stakeholders', {
          params: { path: { id }, query: { page, size: STAKEHOLDER_PAGE_SIZE, sort: 'name' } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
