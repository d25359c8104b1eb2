import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { ApiClient } from '@/shared/api/client';
import { recommendationKeys, type RpwMeeting } from '../model';

export async function fetchRpwMeeting(client: ApiClient, voivodeship: string, meetingId: string, signal?: AbortSignal): Promise<RpwMeeting> {
  return unwrap(await client.GET('/api/v1/regional/rpw/{voivodeship}/meetings/{meetingId}', { params: { path: { voivodeship, meetingId } }, signal }));
}

/** GET /api/v1/regional/rpw/{voivodeship}/meetings/{meetingId} – one meeting with attendance, minutes and decisions. */
export function useRpwMeeting(voivodeship: string | undefined, meetingId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: recommendationKeys.rpwMeeting(voivodeship ?? '', meetingId),
    queryFn: ({ signal }) => fetchRpwMeeting(client, voivodeship ?? '', meetingId, signal),
    enabled: Boolean(voivodeship),
  });
}
