import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { usePlanChanged } from './usePlanChanged';

export type OutcomeRequest = Schemas['OutcomeRequest'];

/** POST /api/v1/plans/{id}/outcomes – an outcome of the plan for the person (the lead institution). */
export function useAddOutcome(planId: string) {
  const client = useApiClient();
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: async (body: OutcomeRequest) =>
      unwrap(await client.POST('/api/v1/plans/{id}/outcomes', { params: { path: { id: planId } }, body })),
    onSuccess: changed,
  });
}
