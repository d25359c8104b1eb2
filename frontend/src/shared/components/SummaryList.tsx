import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function SummaryList({ children }: { children: ReactNode }) {
  return <dl className="summary-list">{children}</dl>;
}

/**
 * One term and its value; an empty value reads "not provided" instead of leaving a gap, or, for an
 * optional detail (`hideWhenEmpty`), the row is left out — a page is not a wall of "Nie podano".
 */
export function SummaryRow({ term, children, hideWhenEmpty = false }: { term: ReactNode; children?: ReactNode; hideWhenEmpty?: boolean }) {
  const empty = isEmpty(children);
  if (empty && hideWhenEmpty) return null;
  return (
    <div className="summary-list__row">
      <dt className="summary-list__key">{term}</dt>
      <dd className="summary-list__value">{empty ? <NotProvided /> : children}</dd>
    </div>
  );
}

/** Whether a value would read "not provided". */
function isEmpty(value: ReactNode): boolean {
  return value === null || value === undefined || value === '' || value === false;
}

export function NotProvided() {
  const { t } = useTranslation();
  return <span className="secondary-text">{t('common.notProvided')}</span>;
}
