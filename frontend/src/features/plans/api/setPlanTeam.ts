import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { ifMatch } from '../model';
import { usePlanChanged } from './usePlanChanged';

/**
 * PUT /api/v1/plans/{id}/team – every team institution, the lead included (a coordinator of the
 * lead institution); If-Match is the plan's version.
 */
export function useSetPlanTeam(planId: string) {
  const client = useApiClient();
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: async ({ version, institutionIds }: { version: number; institutionIds: string[] }) =>
      unwrap(
        await client.PUT('/api/v1/plans/{id}/team', {
          params: { path: { id: planId }, header: { 'If-Match': ifMatch(version) } },
          body: { institutionIds },
        }),
      ),
    onSuccess: changed,
  });
}
