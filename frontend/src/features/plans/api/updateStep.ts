import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { ifMatch } from '../model';
import type { StepRequest } from './addStep';
import { usePlanChanged } from './usePlanChanged';

/** PUT /api/v1/plans/{id}/steps/{stepId} – only the owning institution; If-Match is the step's own version. */
export function useUpdateStep(planId: string) {
  const client = useApiClient();
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: async ({ stepId, version, body }: { stepId: string; version: number; body: StepRequest }) =>
      unwrap(
        await client.PUT('/api/v1/plans/{id}/steps/{stepId}', {
          params: { path: { id: planId, stepId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: changed,
  });
}
