import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys } from '../model';

export const PUBLIC_PAGE_SIZE = 20;

/** GET /api/v1/public/partnerships – active partnerships and their signatories, without login (page 0-based). */
export function usePublicPartnerships(page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnershipKeys.publicList(page),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/public/partnerships', { params: { query: { page, size: PUBLIC_PAGE_SIZE } }, signal })),
    placeholderData: keepPreviousData,
  });
}
