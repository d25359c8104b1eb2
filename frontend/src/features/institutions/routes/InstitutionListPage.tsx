import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { nextSort, useInstitutionList, type SortField } from '../api/listInstitutions';
import { InstitutionTable } from '../components/InstitutionTable';
import { PageSizeSelect } from '../components/PageSizeSelect';
import { Pagination } from '../components/Pagination';
import { PAGE_SIZES, readListState, writeListState, type ListState } from './listSearchParams';

export function InstitutionListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('institutions.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const state = readListState(searchParams);
  const query = useInstitutionList({ page: state.page - 1, size: state.size, sort: state.sort });
  const data = query.data;

  const searchFor = (changes: Partial<ListState>): string => {
    const params = writeListState({ ...state, ...changes }).toString();
    return params ? `?${params}` : '';
  };
  // sorting or resizing starts again from the first page
  const onSort = (field: SortField) => setSearchParams(writeListState({ ...state, page: 1, sort: nextSort(state.sort, field) }));
  const onSizeChange = (size: number) => setSearchParams(writeListState({ ...state, page: 1, size }));

  const loading = query.isPending || (query.isFetching && query.isPlaceholderData);
  const items = data?.items ?? [];
  const totalItems = data?.totalItems ?? 0;
  const totalPages = data?.totalPages ?? 0;

  return (
    <>
      <PageHeading>{t('institutions.title')}</PageHeading>
      <p className="lead">{t('institutions.lead')}</p>

      <div className="list-toolbar">
        <p className="result-count" role="status">
          {loading ? t('institutions.loading') : data ? t('institutions.count', { count: totalItems }) : ''}
        </p>
        <PageSizeSelect value={state.size} options={PAGE_SIZES} onChange={onSizeChange} />
      </div>

      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}

      {data && items.length > 0 && (
        <InstitutionTable items={items} sort={state.sort} onSort={onSort} busy={loading} />
      )}

      {data && items.length === 0 && (
        <div className="empty-state">
          {totalItems === 0 ? (
            <p>{t('institutions.empty')}</p>
          ) : (
            <p>
              {t('institutions.emptyPage')} <Link to={{ search: searchFor({ page: 1 }) }}>{t('institutions.firstPage')}</Link>
            </p>
          )}
        </div>
      )}

      {data && totalPages > 0 && (
        <Pagination page={state.page} totalPages={totalPages} searchFor={(page) => searchFor({ page })} />
      )}
    </>
  );
}
