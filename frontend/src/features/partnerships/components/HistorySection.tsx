import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { formatDateTime } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { usePartnershipHistory } from '../api/getPartnershipHistory';
import { usePartnershipLabels } from './labels';

const PAGE_SIZE = 10;

/** What happened to the partnership, newest first, ten events a page. */
export function HistorySection({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = usePartnershipLabels();
  const [page, setPage] = useState(0);
  const query = usePartnershipHistory(partnershipId, page, PAGE_SIZE);
  const data = query.data;
  const totalPages = data?.totalPages ?? 0;

  return (
    <section className="section history" aria-labelledby="partnership-history-heading">
      <h2 id="partnership-history-heading" className="heading-m">
        {t('partnerships.history.heading')}
      </h2>
      <p className="visually-hidden" role="status">
        {query.isFetching ? t('partnerships.history.loading') : ''}
      </p>
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {data && data.items.length === 0 && <p>{t('partnerships.history.empty')}</p>}
      {data && data.items.length > 0 && (
        <>
          <p className="hint">{t('partnerships.history.count', { count: data.totalItems })}</p>
          <ol className="history__list" aria-busy={query.isFetching}>
            {data.items.map((event) => (
              <li key={event.id} className="history__item">
                <h3 className="heading-s history__title">
                  {labels.action(event.action)} <span className="secondary-text">– {formatDateTime(event.occurredAt, language)}</span>
                </h3>
                <p className="history__who">
                  {event.actorInstitution
                    ? t('partnerships.history.byFor', { name: event.actor, institution: event.actorInstitution.name })
                    : t('partnerships.history.by', { name: event.actor })}
                </p>
                <p>{event.summary}</p>
              </li>
            ))}
          </ol>
          {totalPages > 1 && (
            <nav className="pagination" aria-label={t('partnerships.history.pagination')}>
              {page > 0 && (
                <button type="button" className="link-button pagination__link" onClick={() => setPage(page - 1)}>
                  <span aria-hidden="true">← </span>
                  {t('partnerships.history.newer')}
                </button>
              )}
              <p className="pagination__status">{t('pagination.pageOf', { page: page + 1, total: totalPages })}</p>
              {page + 1 < totalPages && (
                <button type="button" className="link-button pagination__link" onClick={() => setPage(page + 1)}>
                  {t('partnerships.history.older')}
                  <span aria-hidden="true"> →</span>
                </button>
              )}
            </nav>
          )}
        </>
      )}
    </section>
  );
}
