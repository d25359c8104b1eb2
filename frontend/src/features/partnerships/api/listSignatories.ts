import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys } from '../model';

/** GET /api/v1/partnerships/{id}/signatories – signatories and invitations, with what the caller may do with each. */
export function useSignatories(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnershipKeys.signatories(id),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/partnerships/{id}/signatories', { params: { path: { id } }, signal })),
  });
}
