import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { usePlanChanged } from './usePlanChanged';

export type FollowUpRequest = Schemas['FollowUpRequest'];

/** POST /api/v1/plans/{id}/follow-ups – what became of the person at exit, 3 or 6 months later (the lead). */
export function useAddFollowUp(planId: string) {
  const client = useApiClient();
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: async (body: FollowUpRequest) =>
      unwrap(await client.POST('/api/v1/plans/{id}/follow-ups', { params: { path: { id: planId } }, body })),
    onSuccess: changed,
  });
}
