import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/**
 * POST /api/v1/anonymisations – runs the retention now: with `dryRun` only counts, otherwise
 * anonymises everyone past it. Answers the finished run; the list of runs then loads again.
 */
export function useStartAnonymisation() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (dryRun: boolean) => unwrap(await client.POST('/api/v1/anonymisations', { body: { dryRun } })),
    onSuccess: (run) => {
      void queryClient.invalidateQueries({ queryKey: planKeys.anonymisationRunsAll });
      if (!run.dryRun) {
        // people left the caseloads and plans changed
        void queryClient.invalidateQueries({ queryKey: planKeys.caseloadAll });
      }
    },
  });
}
