import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { ifMatch } from '../model';
import { usePlanChanged } from './usePlanChanged';

export type PlanUpdateRequest = Schemas['PlanUpdateRequest'];

/** PUT /api/v1/plans/{id} – title, period and goals (the lead institution); If-Match is the plan's version. */
export function useUpdatePlan(planId: string) {
  const client = useApiClient();
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: PlanUpdateRequest }) =>
      unwrap(
        await client.PUT('/api/v1/plans/{id}', {
          params: { path: { id: planId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: changed,
  });
}
