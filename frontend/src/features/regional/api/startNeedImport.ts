import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { csvBody } from '@/shared/imports/csvBody';
import { regionalKeys } from '../queryKeys';

/**
 * POST /api/v1/regional/need-imports – sends the CSV file as it is (text/csv); the API checks
 * it as a whole and answers 202 with the queued job, or a problem for the file itself.
 */
export function useStartNeedImport() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      return unwrap(await client.POST('/api/v1/regional/need-imports', { params: { query: { dryRun, filename: file.name } }, ...(await csvBody(file)) }));
    },
    onSuccess: (response) => {
      queryClient.setQueryData(regionalKeys.needImport(response.job.id), response);
      void queryClient.invalidateQueries({ queryKey: regionalKeys.needImports() });
    },
  });
}
