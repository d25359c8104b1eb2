import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { notificationKeys } from '../model';

/** PUT /api/v1/notification-preferences/me – the caller's own choices, or back to the institution's; the lists follow. */
export function useSetMyNotificationPreferences() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['MyPreferencesRequest']) =>
      unwrap(await client.PUT('/api/v1/notification-preferences/me', { body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(notificationKeys.mine, saved);
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
}
