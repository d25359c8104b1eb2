import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { ifMatch } from './getInstitution';
import { useStoreChangedInstitution } from './mutationCache';

/** DELETE /api/v1/institutions/{id}/offerings/{offeringId} – removes an offering (kept in the history). */
export function useRemoveOffering(institutionId: string) {
  const client = useApiClient();
  const store = useStoreChangedInstitution();
  return useMutation({
    mutationFn: async ({ version, offeringId }: { version: number; offeringId: string }) =>
      unwrap(
        await client.DELETE('/api/v1/institutions/{id}/offerings/{offeringId}', {
          params: { path: { id: institutionId, offeringId }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}
