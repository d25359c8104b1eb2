import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { ifMatch } from '../model';
import { useRequestChanged } from './useRequestChanged';

/** POST /api/v1/dpo/requests/{id}/decision – grant (erasure now, restriction in force) or refuse with the reason. */
export function useDecideDataSubjectRequest(id: string) {
  const client = useApiClient();
  const changed = useRequestChanged();
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: Schemas['DataSubjectRequestDecision'] }) =>
      unwrap(await client.POST('/api/v1/dpo/requests/{id}/decision', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: changed,
  });
}
