import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function SummaryList({ children }: { children: ReactNode }) {
  return <dl className="summary-list">{children}</dl>;
}

/** One term and its value; an empty value reads "not provided" instead of leaving a gap. */
export function SummaryRow({ term, children }: { term: ReactNode; children?: ReactNode }) {
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{term}</dt>
      <dd className="summary-list__value">{empty ? <NotProvided /> : children}</dd>
    </div>
  );
}

export function NotProvided() {
  const { t } = useTranslation();
  return <span className="secondary-text">{t('common.notProvided')}</span>;
}
