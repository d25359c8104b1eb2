import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';
import { usePlanChanged } from './usePlanChanged';

/** POST /api/v1/plans/{id}/referents – name a caseworker of the caller's institution as the plan's referent. */
export function useAddReferent(planId: string) {
  const client = useApiClient();
  const changed = usePlanChanged();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (subject: string) =>
      unwrap(await client.POST('/api/v1/plans/{id}/referents', { params: { path: { id: planId } }, body: { subject } })),
    onSuccess: (plan) => {
      changed(plan);
      void queryClient.invalidateQueries({ queryKey: planKeys.myCasesAll });
    },
  });
}
