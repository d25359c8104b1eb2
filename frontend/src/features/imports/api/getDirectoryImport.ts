import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { isFinished } from '@/shared/imports/types';

export type DirectoryImport = Schemas['ImportJobResponse'];
export type { ImportStatus } from '@/shared/imports/types';

export const importKeys = {
  lists: () => ['directory-imports', 'list'] as const,
  detail: (id: string) => ['directory-imports', 'detail', id] as const,
};

export const POLL_INTERVAL_MS = 1000;

export { isFinished };

/** GET /api/v1/directory/imports/{id} – asked again every second until the job has finished. */
export function useDirectoryImport(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: importKeys.detail(id),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/directory/imports/{id}', { params: { path: { id } }, signal })),
    staleTime: 0,
    refetchInterval: (current) => (isFinished(current.state.data?.status) ? false : POLL_INTERVAL_MS),
  });
  const finished = isFinished(query.data?.status);
  const succeeded = query.data?.status === 'SUCCEEDED' && !query.data.dryRun;
  useEffect(() => {
    if (!finished) return;
    void queryClient.invalidateQueries({ queryKey: importKeys.lists() });
    // a written import changed the directory
    if (succeeded) void queryClient.invalidateQueries({ queryKey: ['institutions'] });
  }, [finished, succeeded, queryClient]);
  return query;
}
