import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { BodyMeetingRequest } from '@/shared/body/MeetingForm';
import { ifMatch, recommendationKeys } from '../model';

/** PUT /api/v1/regional/rpw/{voivodeship}/meetings/{meetingId} – records attendance, minutes, decisions (If-Match: the meeting's version). */
export function useUpdateRpwMeeting(voivodeship: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ meetingId, version, body }: { meetingId: string; version: number; body: BodyMeetingRequest }) =>
      unwrap(
        await client.PUT('/api/v1/regional/rpw/{voivodeship}/meetings/{meetingId}', {
          params: { path: { voivodeship, meetingId }, header: { 'If-Match': ifMatch(version) } },
          body,
        }),
      ),
    onSuccess: (meeting) => {
      queryClient.setQueryData(recommendationKeys.rpwMeeting(voivodeship, meeting.id), meeting);
      void queryClient.invalidateQueries({ queryKey: recommendationKeys.rpw(voivodeship) });
    },
  });
}
