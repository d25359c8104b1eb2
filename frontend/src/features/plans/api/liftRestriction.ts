import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { ifMatch } from '../model';
import { useRequestChanged } from './useRequestChanged';

/** POST /api/v1/dpo/requests/{id}/lifting – lift a restriction in force. */
export function useLiftRestriction(id: string) {
  const client = useApiClient();
  const changed = useRequestChanged();
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: Schemas['DataSubjectRequestLifting'] }) =>
      unwrap(await client.POST('/api/v1/dpo/requests/{id}/lifting', { params: { path: { id }, header: { 'If-Match': ifMatch(version) } }, body })),
    onSuccess: changed,
  });
}
