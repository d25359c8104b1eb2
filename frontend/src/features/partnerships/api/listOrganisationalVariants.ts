import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { partnershipKeys } from '../model';

/** GET /api/v1/catalogue/organisational-variants – the variants of the MLW procedure a gmina may choose (seed 004). */
export function useOrganisationalVariants() {
  const client = useApiClient();
  return useQuery({
    queryKey: partnershipKeys.variantCatalogue,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/catalogue/organisational-variants', { signal })),
    staleTime: 60 * 60_000,
  });
}
