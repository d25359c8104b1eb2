import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** GET /api/v1/clients/{id}/sharing – every legal basis of sharing, active and withdrawn. */
export function useClientSharing(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.sharing(id),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/clients/{id}/sharing', { params: { path: { id } }, signal })),
  });
}
