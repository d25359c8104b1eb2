import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';

export type DpoSearchRequest = Schemas['DpoSearchRequest'];

/**
 * POST /api/v1/dpo/searches – people the officer's institution serves, by PESEL or by last name and
 * birth date. A POST, so the terms never appear in a URL (or a cache); every search is audited.
 */
export function useSearchDataSubjects() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (body: DpoSearchRequest) => unwrap(await client.POST('/api/v1/dpo/searches', { body })),
  });
}
