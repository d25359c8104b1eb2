import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { csvBody } from '@/shared/imports/csvBody';
import { importKeys } from './getDirectoryImport';

/**
 * POST /api/v1/directory/imports – sends a CSV file as it is (text/csv body); the API checks
 * it as a whole and answers 202 with the queued job, or a problem for the file itself.
 */
export function useStartDirectoryImport() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      return unwrap(await client.POST('/api/v1/directory/imports', { params: { query: { dryRun, filename: file.name } }, ...(await csvBody(file)) }));
    },
    onSuccess: (job) => {
      queryClient.setQueryData(importKeys.detail(job.id), job);
      void queryClient.invalidateQueries({ queryKey: importKeys.lists() });
    },
  });
}
