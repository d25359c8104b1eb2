import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';

export type Institution = Schemas['InstitutionResponse'];

/** GET /api/v1/institutions/{id} – one institution with its gmina and address. */
export function useInstitution(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['institutions', 'detail', id] as const,
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/institutions/{id}', { params: { path: { id } }, signal })),
  });
}
