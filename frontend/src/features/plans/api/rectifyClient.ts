import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { ifMatch, planKeys } from '../model';

export type ClientUpdateRequest = Schemas['ClientUpdateRequest'];

/** PUT /api/v1/clients/{id} – rectify the person's data (GDPR art. 16); If-Match is the client's version. */
export function useRectifyClient(clientId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: ClientUpdateRequest }) =>
      unwrap(
        await client.PUT('/api/v1/clients/{id}', {
          params: { path: { id: clientId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: (changed) => {
      queryClient.setQueryData(planKeys.client(clientId), changed);
      void queryClient.invalidateQueries({ queryKey: planKeys.clientChanges(clientId) });
      void queryClient.invalidateQueries({ queryKey: ['plans', 'detail'] });
    },
  });
}
