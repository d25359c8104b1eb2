import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';

export type CaseloadSearchRequest = Schemas['CaseloadSearchRequest'];

/**
 * POST /api/v1/clients/search – the caller's caseload searched by PESEL (with the name, statuses and
 * order of the list). A POST, so the PESEL never appears in a URL, a history entry or a cache key.
 */
export function useSearchCaseload() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (body: CaseloadSearchRequest) => unwrap(await client.POST('/api/v1/clients/search', { body })),
  });
}
