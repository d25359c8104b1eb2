import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { OfferingRequest } from './addOffering';
import { ifMatch } from './getInstitution';
import { useStoreChangedInstitution } from './mutationCache';

/** PUT /api/v1/institutions/{id}/offerings/{offeringId} – changes an offering; `version` is the entry's (If-Match). */
export function useUpdateOffering(institutionId: string, offeringId: string) {
  const client = useApiClient();
  const store = useStoreChangedInstitution();
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: OfferingRequest }) =>
      unwrap(
        await client.PUT('/api/v1/institutions/{id}/offerings/{offeringId}', {
          params: { path: { id: institutionId, offeringId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: store,
  });
}
