import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { links } from '@/shared/routes/links';
import { useUnreadCount } from '../api/countUnreadNotifications';
import { notificationKeys } from '../model';

/**
 * The bell of the header: a link to the notifications page named with the unread count
 * ("Powiadomienia: 3 nieprzeczytane"), the count also shown as a badge. When the count rises
 * while the page is open, a polite live region says so once; the first count of a page view is
 * not announced. The count is asked for every 30 s and when the window gets the focus; when it
 * changes, the notification lists are refreshed (an open list at once, another when it is opened),
 * so the page the bell leads to never shows a list older than the count.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const unread = useUnreadCount();
  const count = unread.data?.count;
  const previous = useRef<number | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (count === undefined) return;
    if (previous.current !== undefined && count > previous.current) {
      setAnnouncement(t('notifications.announce', { count }));
    }
    if (previous.current !== undefined && count !== previous.current) {
      void queryClient.invalidateQueries({ queryKey: notificationKeys.lists });
    }
    previous.current = count;
  }, [count, t, queryClient]);

  return (
    <>
      <Link to={links.notifications()} className="bell">
        <svg className="bell__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        <span>{t('notifications.bell')}</span>
        {count !== undefined && count > 0 && (
          <>
            <span className="bell__count" aria-hidden="true">
              {count > 99 ? '99+' : count}
            </span>
            <span className="visually-hidden">: {t('notifications.unreadCount', { count })}</span>
          </>
        )}
      </Link>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </>
  );
}
