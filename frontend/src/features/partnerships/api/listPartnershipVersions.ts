import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys } from '../model';

/** GET /api/v1/partnerships/{id}/versions – the versions of the text, newest first, without their sections. */
export function usePartnershipVersions(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnershipKeys.versions(id),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/partnerships/{id}/versions', { params: { path: { id } }, signal })),
  });
}
