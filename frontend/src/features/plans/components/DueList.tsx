import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { links } from '@/shared/routes/links';
import { Tag } from '@/shared/components/Tag';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import type { DueItem } from '../model';
import { personName } from './names';

interface DueListProps {
  items: DueItem[];
  caption: string;
  /** the plan page lists its own items: no link back to it, but who must act */
  showPlan?: boolean;
}

/**
 * What is due, earliest first; overdue items say so in words (a tag), not only by colour. A referral
 * awaiting the institution's answer names the person only as the referral inbox does (no link: the
 * institution does not see the person until it accepts).
 */
export function DueList({ items, caption, showPlan = true }: DueListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className="table__caption table__caption--s">
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('due.column.dueOn')}</th>
            <th scope="col">{t('due.column.what')}</th>
            <th scope="col">{t('due.column.person')}</th>
            {showPlan ? <th scope="col">{t('due.column.plan')}</th> : <th scope="col">{t('due.column.institution')}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr key={`${item.planId}-${item.kind}-${item.stepId ?? ''}-${index}`} className={item.overdue ? 'row--overdue' : undefined}>
              <td>
                {formatDate(item.dueOn, language)}{' '}
                {item.overdue && <Tag variant="red">{t('due.overdue')}</Tag>}
              </td>
              <td>
                {t(`due.kind.${item.kind}`)}
                {item.stepTitle && <>: {item.stepTitle}</>}
                {item.kind === 'STATUS_EXPIRY' && <>: {item.institution.name}</>}
              </td>
              <td>
                {item.client ? (
                  item.client.anonymised ? (
                    personName(item.client)
                  ) : (
                    <Link to={links.client(item.client.id)}>{personName(item.client)}</Link>
                  )
                ) : (
                  item.referral && personName(item.referral.person)
                )}
              </td>
              <td>
                {item.referral
                  ? t('due.referralFrom', { institution: item.referral.from.name })
                  : showPlan
                    ? <Link to={links.plan(item.planId)}>{t('due.openPlan')}</Link>
                    : item.institution.name}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
