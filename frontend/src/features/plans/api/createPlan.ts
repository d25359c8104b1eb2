import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { planKeys } from '../model';

export type PlanRequest = Schemas['PlanRequest'];

/**
 * POST /api/v1/plans – starts a plan led by the caller's institution. `idempotencyKey` is made
 * once per submission attempt: a repeated request (double click, retry) never creates twice.
 */
export function useCreatePlan() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: PlanRequest; idempotencyKey: string }) =>
      unwrap(await client.POST('/api/v1/plans', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body })),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.plan(plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: planKeys.client(plan.client.id) });
      void queryClient.invalidateQueries({ queryKey: planKeys.due });
    },
  });
}
