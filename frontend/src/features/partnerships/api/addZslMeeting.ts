import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { usePartnershipChanged } from './usePartnershipChanged';

export type ZslMeetingRequest = Schemas['BodyMeetingRequest'];

/** POST /api/v1/partnerships/{id}/zsl/meetings – records a meeting: date, place, agenda, attendance, minutes, decisions. */
export function useAddZslMeeting(id: string) {
  const client = useApiClient();
  const changed = usePartnershipChanged(id);
  return useMutation({
    mutationFn: async (body: ZslMeetingRequest) =>
      unwrap(await client.POST('/api/v1/partnerships/{id}/zsl/meetings', { params: { path: { id } }, body })),
    onSuccess: () => changed(),
  });
}
