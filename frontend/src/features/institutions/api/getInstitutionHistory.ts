import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { institutionKeys } from './getInstitution';

export type InstitutionChange = Schemas['InstitutionChangeResponse'];
export type FieldChange = Schemas['FieldChangeResponse'];

/** GET /api/v1/institutions/{id}/history – changes of the entry and its offerings, newest first (page 0-based). */
export function useInstitutionHistory(id: string, page: number, size = 10) {
  const client = useApiClient();
  return useQuery({
    queryKey: [...institutionKeys.history(id), { page, size }] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/institutions/{id}/history', {
          params: { path: { id }, query: { page, size } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
