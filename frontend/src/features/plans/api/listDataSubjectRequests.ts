import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** GET /api/v1/dpo/requests – one page of the institution's register (page 0-based); `open`: only those awaiting an answer. */
export function useDataSubjectRequests(open: boolean, page: number, size: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.dpoRequests(open, page, size),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/dpo/requests', { params: { query: { status: open ? 'open' : 'all', page, size } }, signal })),
    placeholderData: keepPreviousData,
  });
}
