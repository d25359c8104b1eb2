import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import type { Preference } from '../model';
import { notificationKeys } from '../model';

/** PUT /api/v1/notification-preferences/institution – the institution's defaults (its coordinator); users following them follow. */
export function useSetInstitutionNotificationPreferences() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (items: Preference[]) =>
      unwrap(await client.PUT('/api/v1/notification-preferences/institution', { body: { items } })),
    onSuccess: (saved) => {
      queryClient.setQueryData(notificationKeys.institution, saved);
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
}
