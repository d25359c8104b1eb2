import { useQuery } from '@tanstack/react-query';
import { useApiClient } from '@/shared/api/ApiClientContext';
import { unwrap } from '@/shared/api/ApiError';
import { useLanguage } from '@/shared/i18n/i18n';
import { notificationKeys, type EventType, type NotificationFilter } from '../model';

export const NOTIFICATIONS_PAGE_SIZE = 20;

/**
 * GET /api/v1/notifications – one page of the caller's notifications, newest first, their texts in
 * the SPA's language (Accept-Language); refreshed with the bell's count.
 */
export function useNotifications(filter: NotificationFilter) {
  const client = useApiClient();
  const language = useLanguage();
  return useQuery({
    queryKey: notificationKeys.list(filter, language),
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/notifications', {
          params: {
            query: {
              unread: filter.unread || undefined,
              type: filter.type ? [filter.type] : undefined,
              from: filter.from || undefined,
              to: filter.to || undefined,
              page: filter.page,
              size: NOTIFICATIONS_PAGE_SIZE,
            },
            header: { 'Accept-Language': language },
          },
          signal,
        }),
      ),
    placeholderData: (previous) => previous,
  });
}

/**
 * GET /api/v1/notifications?unread=true&type=…&size=1 – how many unread notifications of one type
 * the caller has (the page's total; the one item read is not shown).
 */
export function useUnreadOfType(type: EventType) {
  const client = useApiClient();
  const language = useLanguage();
  return useQuery({
    queryKey: [...notificationKeys.unread, type, language] as const,
    queryFn: async ({ signal }) =>
      unwrap(
        await client.GET('/api/v1/notifications', {
          params: { query: { unread: true, type: [type], page: 0, size: 1 }, header: { 'Accept-Language': language } },
          signal,
        }),
      ).totalItems,
  });
}
