import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys } from '../model';

/** GET /api/v1/partnerships/{id}/history – what happened to the partnership, newest first (page 0-based). */
export function usePartnershipHistory(id: string, page: number, size = 10) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...partnershipKeys.history(id), { page, size }] as const,
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/partnerships/{id}/history', { params: { path: { id }, query: { page, size } }, signal })),
    placeholderData: keepPreviousData,
  });
}
