import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';

export type LegalRegime = Schemas['LegalRegimeResponse'];

/** GET /api/v1/catalogue/legal-regimes – the acts the catalogue refers to, with the dates they apply. */
export function useLegalRegimes() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['catalogue', 'legal-regimes'] as const,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/catalogue/legal-regimes', { signal })),
    staleTime: Infinity,
  });
}
