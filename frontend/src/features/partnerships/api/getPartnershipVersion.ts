import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys } from '../model';

/** GET /api/v1/partnerships/{id}/versions/{number} – one version of the text with all its sections. */
export function usePartnershipVersion(id: string, number: number | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnershipKeys.version(id, number ?? 0),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/partnerships/{id}/versions/{number}', { params: { path: { id, number: number ?? 0 } }, signal }),
      ),
    enabled: number !== undefined && number > 0,
  });
}
