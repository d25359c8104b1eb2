import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { planKeys } from '../model';
import { usePlanChanged } from './usePlanChanged';

export type HandoverRequest = Schemas['HandoverRequest'];

/** POST /api/v1/plans/{id}/handovers – hand the case to a colleague of the same institution (audited). */
export function useHandOverPlan(planId: string) {
  const client = useApiClient();
  const changed = usePlanChanged();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: HandoverRequest) =>
      unwrap(await client.POST('/api/v1/plans/{id}/handovers', { params: { path: { id: planId } }, body })),
    onSuccess: (plan) => {
      changed(plan);
      void queryClient.invalidateQueries({ queryKey: planKeys.myCasesAll });
    },
  });
}
