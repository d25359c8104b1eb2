import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { ApiClient } from '@/shared/api/client';
import { partnershipKeys, type ZslMeeting } from '../model';

export async function fetchZslMeeting(client: ApiClient, id: string, meetingId: string, signal?: AbortSignal): Promise<ZslMeeting> {
  return unwrap(
    await client.GET('/api/v1/partnerships/{id}/zsl/meetings/{meetingId}', { params: { path: { id, meetingId } }, signal }),
  );
}

/** GET /api/v1/partnerships/{id}/zsl/meetings/{meetingId} – one meeting with attendance, minutes and decisions. */
export function useZslMeeting(id: string, meetingId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: partnershipKeys.meeting(id, meetingId),
    queryFn: ({ signal }) => fetchZslMeeting(client, id, meetingId, signal),
  });
}
