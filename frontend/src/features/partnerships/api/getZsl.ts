import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys } from '../model';

/** GET /api/v1/partnerships/{id}/zsl – the Zespół Synergii Lokalnej: who initiated it, members, meetings. */
export function useZsl(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnershipKeys.zsl(id),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/partnerships/{id}/zsl', { params: { path: { id } }, signal })),
  });
}
