import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { recommendationKeys } from '../model';

/** GET /api/v1/regional/rpw/{voivodeship} – the RPW: members and meetings. */
export function useRpw(voivodeship: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: recommendationKeys.rpw(voivodeship ?? ''),
    queryFn: async ({ signal }) =>
      unwrap(await client.GET('/api/v1/regional/rpw/{voivodeship}', { params: { path: { voivodeship: voivodeship ?? '' } }, signal })),
    enabled: Boolean(voivodeship),
  });
}
