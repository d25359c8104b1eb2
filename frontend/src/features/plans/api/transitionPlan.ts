import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { ifMatch, type Plan } from '../model';
import { usePlanChanged } from './usePlanChanged';

/** POST /api/v1/plans/{id}/transitions – moves the plan to another status (If-Match: the plan's version). */
export function useTransitionPlan(planId: string) {
  const client = useApiClient();
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: async ({ version, to }: { version: number; to: Plan['status'] }) =>
      unwrap(
        await client.POST('/api/v1/plans/{id}/transitions', {
          params: { path: { id: planId }, header: { 'If-Match': ifMatch(version) } },
          body: { to },
        }),
      ),
    onSuccess: changed,
  });
}
