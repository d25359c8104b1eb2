import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { ifMatch } from '../model';
import { usePartnershipChanged } from './usePartnershipChanged';

export type WithdrawalRequest = Schemas['WithdrawalRequest'];
export type WithdrawalResponse = Schemas['WithdrawalResponse'];

/**
 * POST …/signatories/{signatoryId}/withdrawal – a signatory leaves (If-Match: its version). The
 * answer says whether this dissolved the partnership (Pakt § 5 ust. 3: fewer than three left).
 */
export function useWithdrawSignatory(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async ({ signatoryId, version, body }: { signatoryId: string; version: number; body: WithdrawalRequest }) =>
      unwrap(
        await client.POST('/api/v1/partnerships/{id}/signatories/{signatoryId}/withdrawal', {
          params: { path: { id, signatoryId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => changed(),
  });
}
