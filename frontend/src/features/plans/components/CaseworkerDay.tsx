import { useTranslation } from 'react-i18next';
import { CountTile } from '@/shared/components/CountTiles';
import { links } from '@/shared/routes/links';
import { useDueItems } from '../api/listDueItems';
import { useReferrals } from '../api/listReferrals';
import { filterDue } from './dueFilter';

/**
 * The caseworker's day as counts, each a link to the list it counts: referrals awaiting an answer,
 * late items, items due soon, plans whose period ends (the caseload's due list, narrowed).
 */
export function CaseworkerDay() {
  const { t } = useTranslation();
  const due = useDueItems();
  const received = useReferrals('in', { status: 'SENT', page: 0, size: 1 });
  const items = due.data ?? [];
  const count = (filter: 'overdue' | 'soon' | 'ending') => (due.data ? filterDue(items, filter).length : null);
  return (
    <>
      <CountTile
        to={links.referrals('in', { status: 'SENT' })}
        count={received.data ? received.data.totalItems : null}
        failed={received.isError}
        text={(n) => t('homeDay.newReferrals', { count: n })}
        urgent
      />
      <CountTile
        to={links.caseload(1, 'overdue')}
        count={count('overdue')}
        failed={due.isError}
        text={(n) => t('homeDay.overdue', { count: n })}
        urgent
      />
      <CountTile to={links.caseload(1, 'soon')} count={count('soon')} failed={due.isError} text={(n) => t('homeDay.dueSoon', { count: n })} />
      <CountTile
        to={links.caseload(1, 'ending')}
        count={count('ending')}
        failed={due.isError}
        text={(n) => t('homeDay.plansEnding', { count: n })}
      />
    </>
  );
}
