import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';

export type ServiceSummary = Schemas['ServiceSummary'];

const PAGE_SIZE = 100;

/**
 * GET /api/v1/catalogue/services, every page, historical entries included: the whole catalogue
 * for choosing a service (search filter, offering form). Sorted by name by the API.
 */
export function useAllServices() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['catalogue', 'services', 'all'] as const,
    queryFn: async ({ signal }): Promise<ServiceSummary[]> => {
      const fetchPage = async (page: number) =>
        unwrap(
          await client.GET('/api/v1/catalogue/services', {
            params: { query: { page, size: PAGE_SIZE, includeHistorical: true, sort: 'name' } },
            signal,
          }),
        );
      const first = await fetchPage(0);
      const rest = await Promise.all(
        Array.from({ length: Math.max(0, first.totalPages - 1) }, (_, index) => fetchPage(index + 1)),
      );
      return [first, ...rest].flatMap((page) => page.items);
    },
    staleTime: Infinity,
  });
}
