import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** GET /api/v1/dpo/requests/{id} – a request of the register, with the duties that keep the data and the officer's actions. */
export function useDataSubjectRequest(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.dpoRequest(id),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/dpo/requests/{id}', { params: { path: { id } }, signal })),
  });
}
