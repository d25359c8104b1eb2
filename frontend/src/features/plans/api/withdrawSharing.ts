import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** POST /api/v1/clients/{id}/sharing/{sharingId}/withdrawal – withdrawal takes effect at once. */
export function useWithdrawSharing(clientId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (sharingId: string) =>
      unwrap(
        await client.POST('/api/v1/clients/{id}/sharing/{sharingId}/withdrawal', {
          params: { path: { id: clientId, sharingId } },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: planKeys.sharing(clientId) });
      void queryClient.invalidateQueries({ queryKey: planKeys.client(clientId) });
    },
  });
}
