import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { notificationKeys } from '../model';

/** How often the bell asks (and again whenever the window gets the focus); see docs/adr/0031. */
export const UNREAD_REFRESH_MS = 30_000;

/** GET /api/v1/notifications/unread-count – the bell's count, polled while the page is visible. */
export function useUnreadCount(enabled = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: notificationKeys.unread,
    queryFn: async ({ signal }) => unwrap(await client.GET('/api/v1/notifications/unread-count', { signal })),
    enabled,
    refetchInterval: UNREAD_REFRESH_MS,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: 'always',
  });
}
