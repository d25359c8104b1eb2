import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { regionalKeys } from '../queryKeys';

/** GET /api/v1/regional/need-imports – the latest imports (of the analyst's voivodeship), newest first. */
export function useNeedImports() {
  const client = useApiClient();
  return useQuery({
    queryKey: regionalKeys.needImports(),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/regional/need-imports', { params: { query: { page: 0, size: 10 } }, signal })),
  });
}
