import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { ifMatch } from './getInstitution';
import { useStoreChangedInstitution } from './mutationCache';

/** DELETE /api/v1/institutions/{id}/deactivation – makes a deactivated entry active again. */
export function useReactivateInstitution(id: string) {
  const client = useApiClient();
  const store = useStoreChangedInstitution();
  return useMutation({
    mutationFn: async (version: number) =>
      unwrap(
        await client.DELETE('/api/v1/institutions/{id}/deactivation', {
          params: { path: { id }, header: { 'If-Match': ifMatch(version) } },
        }),
      ),
    onSuccess: store,
  });
}
