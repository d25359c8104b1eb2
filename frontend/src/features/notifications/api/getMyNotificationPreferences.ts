import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { notificationKeys } from '../model';

/** GET /api/v1/notification-preferences/me – the caller's language of e-mails and what they get per type. */
export function useMyNotificationPreferences() {
  const client = useApiClient();
  return useQuery({
    queryKey: notificationKeys.mine,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/notification-preferences/me', { signal })),
  });
}
