import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** GET /api/v1/plans/{id} – the plan with its team, goals, steps, meetings, outcomes and due items. */
export function usePlan(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.plan(id),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/plans/{id}', { params: { path: { id } }, signal })),
  });
}
