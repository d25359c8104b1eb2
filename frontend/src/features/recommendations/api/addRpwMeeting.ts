import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { BodyMeetingRequest } from '@/shared/body/MeetingForm';
import { recommendationKeys } from '../model';

/** POST /api/v1/regional/rpw/{voivodeship}/meetings – plans or records a meeting (attendance and minutes may come later). */
export function useAddRpwMeeting(voivodeship: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: BodyMeetingRequest) =>
      unwrap(await client.POST('/api/v1/regional/rpw/{voivodeship}/meetings', { params: { path: { voivodeship } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: recommendationKeys.rpw(voivodeship) }),
  });
}
