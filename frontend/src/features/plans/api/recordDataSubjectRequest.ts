import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { planKeys } from '../model';

export type DataSubjectRequestCreate = Schemas['DataSubjectRequestCreate'];

/** POST /api/v1/dpo/requests – record an erasure or restriction request; the answer is due a month later. */
export function useRecordDataSubjectRequest() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DataSubjectRequestCreate) => unwrap(await client.POST('/api/v1/dpo/requests', { body })),
    onSuccess: (request) => {
      queryClient.setQueryData(planKeys.dpoRequest(request.id), request);
      void queryClient.invalidateQueries({ queryKey: planKeys.dpoRequestsAll });
    },
  });
}
