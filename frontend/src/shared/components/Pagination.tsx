import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface PaginationProps {
  /** 1-based */
  page: number;
  totalPages: number;
  /** search string (with `?`) of the given page */
  searchFor: (page: number) => string;
  /** name of the navigation landmark, when a page has more than one */
  label?: string;
}

export function Pagination({ page, totalPages, searchFor, label }: PaginationProps) {
  const { t } = useTranslation();
  return (
    <nav className="pagination" aria-label={label ?? t('pagination.label')}>
      {page > 1 && (
        <Link className="pagination__link" rel="prev" to={{ search: searchFor(page - 1) }}>
          <span aria-hidden="true">← </span>
          {t('pagination.previous')}
        </Link>
      )}
      <p className="pagination__status">{t('pagination.pageOf', { page, total: totalPages })}</p>
      {page < totalPages && (
        <Link className="pagination__link" rel="next" to={{ search: searchFor(page + 1) }}>
          {t('pagination.next')}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
}
