import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { ifMatch } from './getInstitution';
import { useStoreChangedInstitution } from './mutationCache';

export type OfferingRequest = Schemas['OfferingRequest'];

/** POST /api/v1/institutions/{id}/offerings – adds an offering; `version` is the entry's (If-Match). */
export function useAddOffering(institutionId: string) {
  const client = useApiClient();
  const store = useStoreChangedInstitution();
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: OfferingRequest }) =>
      unwrap(
        await client.POST('/api/v1/institutions/{id}/offerings', {
          params: { path: { id: institutionId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: store,
  });
}
