import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { ifMatch } from '../model';
import { useRequestChanged } from './useRequestChanged';

/** POST /api/v1/dpo/requests/{id}/extension – extend the answer's deadline by 1 or 2 months (If-Match = the request's version). */
export function useExtendDataSubjectRequest(id: string) {
  const client = useApiClient();
  const changed = useRequestChanged();
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: Schemas['DataSubjectRequestExtension'] }) =>
      unwrap(await client.POST('/api/v1/dpo/requests/{id}/extension', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: changed,
  });
}
