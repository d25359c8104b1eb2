import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { planKeys } from '../model';

/** GET /api/v1/clients/{id}/access-log – who accessed the person's data (data-protection officer). */
export function useAccessLog(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: planKeys.accessLog(id),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/clients/{id}/access-log', { params: { path: { id } }, signal })),
    enabled: id !== '',
  });
}
