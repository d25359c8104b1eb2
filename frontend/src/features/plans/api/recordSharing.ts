import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { planKeys } from '../model';

export type SharingRequest = Schemas['SharingRequest'];

/** POST /api/v1/clients/{id}/sharing – records the legal basis on which an institution may see the person. */
export function useRecordSharing(clientId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SharingRequest) =>
      unwrap(await client.POST('/api/v1/clients/{id}/sharing', { params: { path: { id: clientId } }, body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: planKeys.sharing(clientId) });
      void queryClient.invalidateQueries({ queryKey: planKeys.client(clientId) });
    },
  });
}
