import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { isFinished } from '@/shared/imports/types';
import { regionalKeys } from '../queryKeys';

export type NeedImport = Schemas['NeedImportResponse'];

export const NEED_IMPORT_POLL_MS = 1000;

/** GET /api/v1/regional/need-imports/{id} – asked again every second until the job has finished. */
export function useNeedImport(id: string | undefined) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: regionalKeys.needImport(id ?? ''),
    enabled: id !== undefined,
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/regional/need-imports/{id}', { params: { path: { id: id! } }, signal })),
    staleTime: 0,
    refetchInterval: (current) => (isFinished(current.state.data?.job.status) ? false : NEED_IMPORT_POLL_MS),
  });
  const finished = isFinished(query.data?.job.status);
  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: regionalKeys.needImports() });
  }, [finished, queryClient]);
  return query;
}
