import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** GET /api/v1/cases/mine – one page of the plans the caller is a referent of (page 0-based). */
export function useMyCases(page: number, size: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.myCases(page, size),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/cases/mine', { params: { query: { page, size } }, signal })),
    placeholderData: keepPreviousData,
  });
}
