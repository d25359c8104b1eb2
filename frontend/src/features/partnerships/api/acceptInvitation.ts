import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { ifMatch } from '../model';
import { usePartnershipChanged } from './usePartnershipChanged';

export type AcceptanceRequest = Schemas['AcceptanceRequest'];

/** POST …/signatories/{signatoryId}/acceptance – the signatory joins (If-Match: the signatory's version). */
export function useAcceptInvitation(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async ({ signatoryId, version, body }: { signatoryId: string; version: number; body: AcceptanceRequest }) =>
      unwrap(
        await client.POST('/api/v1/partnerships/{id}/signatories/{signatoryId}/acceptance', {
          params: { path: { id, signatoryId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => changed(),
  });
}
