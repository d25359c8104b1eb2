import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { usePlanChanged } from './usePlanChanged';

export type MeetingRequest = Schemas['MeetingRequest'];

/** POST /api/v1/plans/{id}/meetings – a meeting with the person, recorded by the caller's institution. */
export function useAddMeeting(planId: string) {
  const client = useApiClient();
  const changed = usePlanChanged();
  return useMutation({
    mutationFn: async (body: MeetingRequest) =>
      unwrap(await client.POST('/api/v1/plans/{id}/meetings', { params: { path: { id: planId } }, body })),
    onSuccess: changed,
  });
}
