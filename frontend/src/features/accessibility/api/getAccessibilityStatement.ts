import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';

/** GET /api/v1/public/accessibility-statement – who makes the statement, its dates and whom to contact, without login. */
export function useAccessibilityStatement() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['public', 'accessibility-statement'],
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/public/accessibility-statement', { signal })),
    staleTime: 60 * 60_000,
  });
}
