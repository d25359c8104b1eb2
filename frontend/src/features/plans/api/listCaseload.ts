import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** GET /api/v1/clients – one page of the caller's caseload (page 0-based). */
export function useCaseload(page: number, size: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.caseload(page, size),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/clients', { params: { query: { page, size } }, signal })),
    placeholderData: keepPreviousData,
  });
}
