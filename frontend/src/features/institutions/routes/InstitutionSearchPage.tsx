import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { hasPermission, useMe } from '@/shared/auth/me';
import { NarrowFold } from '@/shared/components/NarrowFold';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageSizeSelect } from '@/shared/components/PageSizeSelect';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { todayIso } from '@/shared/format/dates';
import { nextSort, useInstitutionList, type SortField } from '../api/listInstitutions';
import { ExportPanel } from '../components/ExportPanel';
import { InstitutionTable } from '../components/InstitutionTable';
import { SearchForm } from '../components/SearchForm';
import { hasFilters, PAGE_SIZES, readSearch, toApiQuery, toLink, type DirectorySearch } from './searchParams';

/** The search without its paging: an export holds every result. */
function exportQuery({ page: _page, size: _size, ...rest }: ReturnType<typeof toApiQuery>) {
  return rest;
}

function searchString(search: DirectorySearch): string {
  const query = links.institutions(toLink(search)).split('?')[1];
  return query ? `?${query}` : '';
}

/** The directory: search and filters, results a page at a time; everything lives in the URL. */
export function InstitutionSearchPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('institutions.title'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const me = useMe();
  const search = readSearch(searchParams);
  const apiQuery = toApiQuery(search, todayIso());
  const query = useInstitutionList(apiQuery);
  const data = query.data;

  // every change of the search is a new history entry: the back button returns to the previous one
  const go = (next: DirectorySearch) => void navigate({ search: searchString(next) });
  const onSort = (field: SortField) => go({ ...search, page: 1, sort: nextSort(search.sort, field) });
  const onSizeChange = (size: number) => go({ ...search, page: 1, size });

  const loading = query.isPending || (query.isFetching && query.isPlaceholderData);
  const items = data?.items ?? [];
  const totalItems = data?.totalItems ?? 0;
  const totalPages = data?.totalPages ?? 0;
  const filtered = hasFilters(search);
  // the API counts up to 1000 matches and says when there are more; paging stops at what was counted
  const capped = data?.totalCapped ?? false;
  const countKey = capped
    ? filtered
      ? 'searchTotals.countFoundCapped'
      : 'searchTotals.countCapped'
    : filtered
      ? 'institutions.countFound'
      : 'institutions.count';

  return (
    <>
      <PageHeading>{t('institutions.title')}</PageHeading>
      <p className="lead">{t('institutions.lead')}</p>
      {hasPermission(me.data, 'DIRECTORY_MANAGE_ALL') && (
        <p>
          <Link className="button button--secondary" to={links.institutionNew()}>
            {t('institutions.create')}
          </Link>
        </p>
      )}

      <div className="search-layout">
        <div className="search-layout__filters">
          <NarrowFold id="institution-search-filters" label={t(filtered ? 'mobile.filtersActive' : 'mobile.filters')}>
            <SearchForm search={search} onSearch={go} />
          </NarrowFold>
        </div>

        <div className="search-layout__results">
          <h2 className="visually-hidden">{t('institutions.resultsHeading')}</h2>
          <div className="list-toolbar">
            <p className="result-count" role="status">
              {loading
                ? t('institutions.loading')
                : data
                  ? t(countKey, { count: totalItems })
                  : ''}
            </p>
            <PageSizeSelect value={search.size} options={PAGE_SIZES} onChange={onSizeChange} />
          </div>

          {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}

          {data?.similarWords && items.length > 0 && (
            <div className="inset-text">
              <p>{search.q ? t('searchTotals.similarWords', { q: search.q }) : t('searchTotals.similarWordsNoText')}</p>
            </div>
          )}

          {data && items.length > 0 && (
            <InstitutionTable items={items} sort={search.sort} onSort={onSort} busy={loading} />
          )}

          {data && items.length === 0 && (
            <div className="empty-state">
              {totalItems === 0 ? (
                <>
                  <p className="empty-state__title">{t('institutions.empty')}</p>
                  {filtered && (
                    <>
                      <p>{t('institutions.emptyHint')}</p>
                      <ul className="list list--bullet">
                        <li>{t('institutions.emptyTip1')}</li>
                        <li>{t('institutions.emptyTip2')}</li>
                        <li>
                          <Link to={links.institutions()}>{t('institutions.emptyClear')}</Link>
                        </li>
                      </ul>
                    </>
                  )}
                </>
              ) : (
                <p>
                  {t('institutions.emptyPage')}{' '}
                  <Link to={{ search: searchString({ ...search, page: 1 }) }}>{t('institutions.firstPage')}</Link>
                </p>
              )}
            </div>
          )}

          {data && totalPages > 0 && (
            <Pagination page={search.page} totalPages={totalPages} searchFor={(page) => searchString({ ...search, page })} />
          )}
          {capped && <p className="hint">{t('searchTotals.cappedPaging', { count: totalItems })}</p>}

          {/* a capped count is not the size of the file: the button then names no number */}
          <ExportPanel query={exportQuery(apiQuery)} totalItems={capped ? undefined : data?.totalItems} />
        </div>
      </div>
    </>
  );
}
