import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { ifMatch } from '../model';
import type { ZslMeetingRequest } from './addZslMeeting';
import { usePartnershipChanged } from './usePartnershipChanged';

/** PUT /api/v1/partnerships/{id}/zsl/meetings/{meetingId} – changes a meeting's record (If-Match: the meeting's version). */
export function useUpdateZslMeeting(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async ({ meetingId, version, body }: { meetingId: string; version: number; body: ZslMeetingRequest }) =>
      unwrap(
        await client.PUT('/api/v1/partnerships/{id}/zsl/meetings/{meetingId}', {
          params: { path: { id, meetingId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: () => changed(),
  });
}
