import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { regionalKeys } from '../queryKeys';

/** POST /api/v1/regional/refreshes – recompute this year's figures (administrators); 202 and the run. */
export function useStartRefresh() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await client.POST('/api/v1/regional/refreshes', { body: { scope: 'CURRENT_YEAR' } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: regionalKeys.refreshes() }),
  });
}
