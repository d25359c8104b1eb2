import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { ifMatch, type PartnershipStatus } from '../model';
import { usePartnershipChanged } from './usePartnershipChanged';

/** POST /api/v1/partnerships/{id}/transitions – to another status; on ACTIVE the newest version is signed and frozen. */
export function useTransitionPartnership(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async ({ version, to, reason }: { version: number; to: PartnershipStatus; reason?: string }) =>
      unwrap(
        await client.POST('/api/v1/partnerships/{id}/transitions', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body: { to, reason: reason ?? null },
        }),
      ),
    onSuccess: changed,
  });
}
