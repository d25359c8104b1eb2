import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { InstitutionType } from '@/shared/i18n/labels';

/** GET /api/v1/catalogue/institution-types/{code} – one institution type (reference description). */
export function useInstitutionType(code: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: ['catalogue', 'institution-types', code] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/catalogue/institution-types/{code}', {
          // an unknown code is the API's to refuse (404), like any other
          params: { path: { code: code as InstitutionType } },
          signal,
        }),
      ),
    staleTime: Infinity,
  });
}
