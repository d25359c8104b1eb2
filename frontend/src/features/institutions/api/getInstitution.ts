import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { ApiClient } from '@/shared/api/client';
import type { Schemas } from '@/shared/api/types';
import { DIRECTORY_SEARCHES } from '@/shared/directory/api/searchInstitutions';

export type Institution = Schemas['InstitutionResponse'];
export type Offering = Schemas['OfferingResponse'];

export const institutionKeys = {
  all: ['institutions'] as const,
  /** every directory search, the pickers' included */
  lists: () => DIRECTORY_SEARCHES,
  detail: (id: string) => ['institutions', 'detail', id] as const,
  history: (id: string) => ['institutions', 'history', id] as const,
};

export async function fetchInstitution(client: ApiClient, id: string, signal?: AbortSignal): Promise<Institution> {
  return unwrap(await client.GET('/api/v1/institutions/{id}', { params: { path: { id } }, signal }));
}

/** GET /api/v1/institutions/{id} – the full directory entry with its offerings and whether the caller may edit it. */
export function useInstitution(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: institutionKeys.detail(id),
    queryFn: ({ signal }) => fetchInstitution(client, id, signal),
  });
}

/** The If-Match value for a version read from the API (the ETag is the quoted version). */
export function ifMatch(version: number): string {
  return `"${version}"`;
}
