import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { planKeys } from '../model';

export type ClientRequest = Schemas['ClientRequest'];

/** POST /api/v1/clients – registers a person in the caller's institution. */
export function useRegisterClient() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ClientRequest) => unwrap(await client.POST('/api/v1/clients', { body })),
    onSuccess: (created) => {
      queryClient.setQueryData(planKeys.client(created.id), created);
      void queryClient.invalidateQueries({ queryKey: planKeys.caseloadAll });
    },
  });
}
