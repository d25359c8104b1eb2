import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** GET /api/v1/clients/{id}/changes – the rectifications of the person's data, newest first. */
export function useClientChanges(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.clientChanges(id),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/clients/{id}/changes', { params: { path: { id } }, signal })),
  });
}
