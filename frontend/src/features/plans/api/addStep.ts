import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { usePlanChanged } from './usePlanChanged';

export type StepRequest = Schemas['StepRequest'];

/** POST /api/v1/plans/{id}/steps – adds a step; one Idempotency-Key per submission attempt. */
export function useAddStep(planId: string) {
  const client = useApiClient();
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: async ({ body, idempotencyKey }: { body: StepRequest; idempotencyKey: string }) =>
      unwrap(
        await client.POST('/api/v1/plans/{id}/steps', {
          params: { path: { id: planId }, header: { 'Idempotency-Key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: changed,
  });
}
