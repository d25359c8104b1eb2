import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** GET /api/v1/clients/{id} – the person as the caller's institution may see them (404: not visible). */
export function useClient(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.client(id),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/clients/{id}', { params: { path: { id } }, signal })),
  });
}
