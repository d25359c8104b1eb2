import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface PaginationProps {
  /** 1-based */
  page: number;
  totalPages: number;
  /** search string (with `?`) of the given page */
  searchFor: (page: number) => string;
}

export function Pagination({ page, totalPages, searchFor }: PaginationProps) {
  const { t } = useTranslation();
  return (
    <nav className="pagination" aria-label={t('institutions.pagination')}>
      {page > 1 && (
        <Link className="pagination__link" rel="prev" to={{ search: searchFor(page - 1) }}>
          <span aria-hidden="true">← </span>
          {t('institutions.previous')}
        </Link>
      )}
      <p className="pagination__status">{t('institutions.pageOf', { page, total: totalPages })}</p>
      {page < totalPages && (
        <Link className="pagination__link" rel="next" to={{ search: searchFor(page + 1) }}>
          {t('institutions.next')}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
}
