import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { importKeys } from './getDirectoryImport';

/** GET /api/v1/directory/imports – the latest imports, newest first. */
export function useDirectoryImports(size = 10) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...importKeys.lists(), size] as const,
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/directory/imports', { params: { query: { page: 0, size } }, signal })),
    staleTime: 0,
  });
}
