import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** GET /api/v1/anonymisations – one page of past retention runs, newest first (page 0-based; administrators). */
export function useAnonymisationRuns(page: number, size: number, enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.anonymisationRuns(page, size),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/anonymisations', { params: { query: { page, size } }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}
