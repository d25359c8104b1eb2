import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { ifMatch } from './getInstitution';
import { useStoreChangedInstitution } from './mutationCache';

export type InstitutionRequest = Schemas['InstitutionRequest'];

/** PUT /api/v1/institutions/{id} – replaces the entry; `version` is the one the form was loaded from (If-Match). */
export function useUpdateInstitution(id: string) {
  const client = useApiClient();
  const store = useStoreChangedInstitution();
  return useMutation({
    mutationFn: async ({ version, body }: { version: number; body: InstitutionRequest }) =>
      unwrap(
        await client.PUT('/api/v1/institutions/{id}', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: store,
  });
}
