import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { useStoreChangedInstitution } from './mutationCache';
import type { InstitutionRequest } from './updateInstitution';

/** POST /api/v1/institutions – adds an entry to the directory (administrators). */
export function useCreateInstitution() {
  const client = useApiClient();
  const store = useStoreChangedInstitution();
  return useMutation({
    mutationFn: async (body: InstitutionRequest) => unwrap(await client.POST('/api/v1/institutions', { body })),
    onSuccess: store,
  });
}
