import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { HandoverRequest } from './handOverPlan';

/** POST /api/v1/cases/reassignments – a coordinator moves every case of a colleague to another (audited per case). */
export function useReassignCases() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: HandoverRequest) => unwrap(await client.POST('/api/v1/cases/reassignments', { body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
      void queryClient.invalidateQueries({ queryKey: ['plans', 'detail'] });
    },
  });
}
