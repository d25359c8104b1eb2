import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { links, type CaseloadDueFilter } from '@/shared/routes/links';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { GminaName } from '@/shared/reference/GminaName';
import { useCaseload } from '../api/listCaseload';
import { useDueItems } from '../api/listDueItems';
import { DueList } from '../components/DueList';
import { filterDue, readDueFilter } from '../components/dueFilter';
import { personName } from '../components/names';

const PAGE_SIZE = 20;

function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

function DueSection({ filter }: { filter: CaseloadDueFilter | null }) {
  const { t } = useTranslation();
  const due = useDueItems();
  const items = filterDue(due.data ?? [], filter);
  const overdue = items.filter((item) => item.overdue).length;
  return (
    <section aria-labelledby="due-heading" className="section">
      <h2 id="due-heading" className="heading-m">
        {t('caseload.dueHeading')}
      </h2>
      <p className="result-count" role="status">
        {due.isPending
          ? t('caseload.dueLoading')
          : due.data
            ? `${t('caseload.dueCount', { count: items.length })}${overdue > 0 ? ` ${t('caseload.overdueCount', { count: overdue })}` : ''}`
            : ''}
      </p>
      {filter && (
        <p>
          {t(`caseloadDue.${filter}`)}{' '}
          <Link to={links.caseload()}>{t('caseloadDue.all')}</Link>
        </p>
      )}
      {due.isError && <ApiErrorMessage error={due.error} onRetry={() => void due.refetch()} />}
      {items.length > 0 && <DueList items={items} caption={t('caseload.dueCaption')} />}
    </section>
  );
}

/** The caller's caseload: what is due first, then the people their institution serves, a page at a time. */
export function CaseloadPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('caseload.title'));
  const [params] = useSearchParams();
  const page = readPage(params);
  const caseload = useCaseload(page - 1, PAGE_SIZE);
  const data = caseload.data;
  const loading = caseload.isPending || (caseload.isFetching && caseload.isPlaceholderData);

  return (
    <>
      <PageHeading>{t('caseload.title')}</PageHeading>
      <p className="lead">{t('caseload.lead')}</p>
      <p>
        <Link className="button button--secondary" to={links.clientNew()}>
          {t('caseload.register')}
        </Link>
      </p>

      <DueSection filter={readDueFilter(params.get('due'))} />

      <section aria-labelledby="clients-heading" className="section">
        <h2 id="clients-heading" className="heading-m">
          {t('caseload.clientsHeading')}
        </h2>
        <p className="result-count" role="status">
          {loading ? t('caseload.loading') : data ? t('caseload.count', { count: data.totalItems }) : ''}
        </p>
        {caseload.isError && <ApiErrorMessage error={caseload.error} onRetry={() => void caseload.refetch()} />}
        {data && data.items.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby="clients-caption" tabIndex={0}>
            <table className="table" aria-busy={loading}>
              <caption id="clients-caption" className="table__caption table__caption--s">
                {t('caseload.clientsCaption')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('caseload.column.name')}</th>
                  <th scope="col">{t('caseload.column.birthDate')}</th>
                  <th scope="col">{t('caseload.column.gmina')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((client) => (
                  <tr key={client.id}>
                    <td>{client.anonymised ? personName(client) : <Link to={links.client(client.id)}>{personName(client)}</Link>}</td>
                    <td>{formatDate(client.birthDate, language)}</td>
                    <td>
                      <GminaName teryt={client.gminaTeryt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data && data.items.length === 0 && (
          <div className="empty-state">
            <p>{data.totalItems === 0 ? t('caseload.empty') : t('caseload.emptyPage')}</p>
          </div>
        )}
        {data && data.totalPages > 1 && (
          <Pagination page={page} totalPages={data.totalPages} searchFor={(next) => `?${new URLSearchParams({ page: String(next) })}`} />
        )}
      </section>
    </>
  );
}
