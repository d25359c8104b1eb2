import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { MLW_ALL, type MlwStage } from './listMlwGminas';

/** GET /api/v1/regional/mlw-gminas with the largest page: every gmina of the filter, for the CSV. */
export function useFetchAllMlwGminas() {
  const client = useApiClient();
  return useMutation({
    mutationFn: async (query: { unit?: string; stage?: MlwStage }) =>
      unwrap(await client.GET('/api/v1/regional/mlw-gminas', { params: { query: { ...query, page: 0, size: MLW_ALL } } })),
  });
}
