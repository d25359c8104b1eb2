import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { ifMatch } from './getInstitution';
import { useStoreChangedInstitution } from './mutationCache';

/** POST /api/v1/institutions/{id}/deactivation – hides the entry from searches, keeping it and its history. */
export function useDeactivateInstitution(id: string) {
  const client = useApiClient();
  const store = useStoreChangedInstitution();
  return useMutation({
    mutationFn: async (version: number) =>
      unwrap(
        await client.POST('/api/v1/institutions/{id}/deactivation', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}
