import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';

export type CooperativeModel = Schemas['CooperativeModelResponse'];

/** GET /api/v1/catalogue/cooperative-models – social-cooperative profiles, founding paths and support tools (seed 003). */
export function useCooperativeModels(enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['catalogue', 'cooperative-models'] as const,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/catalogue/cooperative-models', { signal })),
    staleTime: Infinity,
    enabled,
  });
}
