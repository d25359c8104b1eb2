import { useTranslation } from 'react-i18next';
import { CountTile } from '@/shared/components/CountTiles';
import { links } from '@/shared/routes/links';
import { useUnreadOfType } from '../api/listNotifications';

/** The notification types a home page counts. */
export type TalliedType = 'PLAN_TEAM_MEMBER_ADDED' | 'PARTNERSHIP_INVITATION' | 'INSTITUTION_STATUS_EXPIRING' | 'INSTITUTION_STATUS_EXPIRED';

/**
 * A home-page count of the caller's unread notifications of one type (people added to a plan team,
 * partnership invitations, directory entry warnings), linking to those notifications.
 */
export function UnreadTally({ type, urgent = false }: { type: TalliedType; urgent?: boolean }) {
  const { t } = useTranslation();
  const unread = useUnreadOfType(type);
  return (
    <CountTile
      to={links.notifications({ unread: true, type })}
      count={unread.data ?? null}
      failed={unread.isError}
      text={(count) => t(`homeDay.unread.${type}`, { count })}
      urgent={urgent}
    />
  );
}
