import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys } from '../model';

/** GET /api/v1/partnerships/{id} – the partnership, with what the caller may do with it now. */
export function usePartnership(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnershipKeys.detail(id),
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/partnerships/{id}', { params: { path: { id } }, signal })),
  });
}
