import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys } from '../model';

/** GET /api/v1/public/partnerships/{id} – an active partnership with its signed text and signatories, without login. */
export function usePublicPartnership(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnershipKeys.publicDetail(id),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/public/partnerships/{id}', { params: { path: { id } }, signal })),
  });
}
