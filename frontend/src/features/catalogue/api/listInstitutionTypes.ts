import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';

export type InstitutionTypeEntry = Schemas['InstitutionTypeResponse'];

/** GET /api/v1/catalogue/institution-types – every institution type with its legal basis and services. */
export function useInstitutionTypes() {
  const client = useApiClient();
  return useQuery({
    queryKey: ['catalogue', 'institution-types'] as const,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/catalogue/institution-types', { signal })),
    staleTime: Infinity,
  });
}
