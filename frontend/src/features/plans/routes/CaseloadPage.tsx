import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { links, toSearchParams, type CaseloadDueFilter } from '@/shared/routes/links';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { SortableHeader } from '@/shared/components/SortableHeader';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate } from '@/shared/format/dates';
import { submissionErrors } from '@/shared/forms/apiErrors';
import { ErrorSummary } from '@/shared/forms/ErrorSummary';
import { Choice, Fieldset, TextField } from '@/shared/forms/fields';
import type { FormError } from '@/shared/forms/formErrors';
import { useFormErrors } from '@/shared/forms/useFormErrors';
import { useLanguage } from '@/shared/i18n/i18n';
import { GminaName } from '@/shared/reference/GminaName';
import { useCaseload, type CaseloadPlanFilter, type CaseloadSort } from '../api/listCaseload';
import { useSearchCaseload } from '../api/searchCaseload';
import { isPeselChecksumValid } from '../components/clientForm';
import { useDueItems } from '../api/listDueItems';
import { DueList } from '../components/DueList';
import { filterDue, readDueFilter } from '../components/dueFilter';
import { personName } from '../components/names';

const PAGE_SIZE = 20;
const PLAN_FILTERS: readonly CaseloadPlanFilter[] = ['ACTIVE', 'DRAFT', 'COMPLETED', 'CLOSED', 'NONE'];
const SORTS: ReadonlySet<string> = new Set<CaseloadSort>(['name', '-name', 'nextDue', '-nextDue']);
const SEARCH_FIELDS = ['q', 'pesel'] as const;
type SearchField = (typeof SEARCH_FIELDS)[number];
const fieldId = (field: SearchField) => `caseload-${field}`;
type SortField = 'name' | 'nextDue';

function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The caseload's search as the URL holds it (never a PESEL). */
interface CaseloadSearch {
  q: string;
  planStatus: CaseloadPlanFilter[];
  sort: CaseloadSort;
  page: number;
  due: string | null;
}

function readSearch(params: URLSearchParams): CaseloadSearch {
  const sort = params.get('sort') as CaseloadSort | null;
  return {
    q: (params.get('q') ?? '').slice(0, 100),
    planStatus: PLAN_FILTERS.filter((status) => params.getAll('planStatus').includes(status)),
    sort: sort && SORTS.has(sort) ? sort : 'name',
    page: readPage(params),
    due: params.get('due'),
  };
}

function searchString(search: CaseloadSearch): string {
  const query = toSearchParams({
    q: search.q.trim() || undefined,
    planStatus: search.planStatus,
    sort: search.sort === 'name' ? undefined : search.sort,
    page: search.page > 1 ? search.page : undefined,
    due: search.due ?? undefined,
  }).toString();
  return query ? `?${query}` : '';
}

function nextSort(current: CaseloadSort, field: SortField): CaseloadSort {
  if (current === field) return `-${field}`;
  return field;
}

function directionOf(current: CaseloadSort, field: SortField) {
  if (current === field) return 'ascending' as const;
  if (current === `-${field}`) return 'descending' as const;
  return undefined;
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

/** The caller's caseload: what is due first, then the people their institution serves, searched and a page at a time. */
export function CaseloadPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  useDocumentTitle(t('caseload.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const search = readSearch(params);
  const page = search.page;
  const form = useFormErrors('caseloadSearch', SEARCH_FIELDS, fieldId, 'caseloadSearch.label');
  // the form's own values; the URL changes only when it is submitted (a PESEL never goes there)
  const [q, setQ] = useState(search.q);
  const [pesel, setPesel] = useState('');
  const [statuses, setStatuses] = useState<CaseloadPlanFilter[]>(search.planStatus);
  const byPesel = useSearchCaseload();
  const peselMode = byPesel.data !== undefined || byPesel.isPending;
  const caseload = useCaseload(
    { q: search.q || undefined, planStatus: search.planStatus.length > 0 ? search.planStatus : undefined, sort: search.sort, page: page - 1, size: PAGE_SIZE },
    { enabled: !peselMode },
  );
  const data = peselMode ? byPesel.data : caseload.data;
  const loading = peselMode ? byPesel.isPending : caseload.isPending || (caseload.isFetching && caseload.isPlaceholderData);
  const filtered = peselMode || search.q !== '' || search.planStatus.length > 0;

  const go = (next: CaseloadSearch) => void navigate({ search: searchString(next) });
  // a PESEL finds one person at most: one page holds the answer
  const peselBody = (sort: CaseloadSort) => ({
    pesel: pesel.replace(/\s/g, ''),
    q: q.trim() || null,
    planStatus: statuses.length > 0 ? statuses : null,
    sort,
    page: 0,
    size: PAGE_SIZE,
  });

  const onSort = (field: SortField) => {
    const sort = nextSort(search.sort, field);
    if (peselMode) {
      byPesel.mutate(peselBody(sort));
    }
    go({ ...search, sort, page: 1 });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FormError[] = [];
    const digits = pesel.replace(/\s/g, '');
    if (digits && !isPeselChecksumValid(digits)) errors.push({ field: 'pesel', code: 'Pesel' });
    if (q.trim().length > 100) errors.push({ field: 'q', code: 'Size', values: { max: 100 } });
    if (errors.length > 0) {
      form.show(errors);
      return;
    }
    form.clear();
    if (digits) {
      byPesel.mutate(peselBody(search.sort), {
        onError: (error) => form.show(submissionErrors(error, SEARCH_FIELDS, t)),
      });
    } else {
      byPesel.reset();
    }
    go({ ...search, q: q.trim(), planStatus: statuses, page: 1 });
  };

  const clear = () => {
    setQ('');
    setPesel('');
    setStatuses([]);
    form.clear();
    byPesel.reset();
    go({ q: '', planStatus: [], sort: 'name', page: 1, due: search.due });
  };

  const toggle = (status: CaseloadPlanFilter, checked: boolean) =>
    setStatuses((current) => PLAN_FILTERS.filter((s) => (s === status ? checked : current.includes(s))));

  const capped = data?.totalCapped ?? false;
  const count = !data
    ? ''
    : capped
      ? t(filtered ? 'searchTotals.countFoundCapped' : 'searchTotals.countCapped', { count: data.totalItems })
      : t(filtered ? 'caseloadSearch.found' : 'caseload.count', { count: data.totalItems });

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
        <form className="form" role="search" aria-label={t('caseloadSearch.title')} onSubmit={submit} noValidate>
          <ErrorSummary key={form.focusKey} items={form.summary} />
          <TextField id={fieldId('q')} label={form.label('q')} hint={t('caseloadSearch.qHint')} error={form.errorText('q')} value={q} width="two-thirds" type="search" onChange={setQ} />
          <TextField
            id={fieldId('pesel')}
            label={form.label('pesel')}
            hint={t('caseloadSearch.peselHint')}
            error={form.errorText('pesel')}
            value={pesel}
            width="char-14"
            inputMode="numeric"
            onChange={setPesel}
          />
          <Fieldset id="caseload-plan-status" legend={t('caseloadSearch.planStatus')}>
            <div className="choices choices--inline">
              {PLAN_FILTERS.map((status) => (
                <Choice
                  key={status}
                  id={`caseload-plan-status-${status}`}
                  name="planStatus"
                  type="checkbox"
                  value={status}
                  label={t(`caseloadSearch.status.${status}`)}
                  checked={statuses.includes(status)}
                  onChange={(checked) => toggle(status, checked)}
                />
              ))}
            </div>
          </Fieldset>
          <div className="button-group">
            <button type="submit" className="button">
              {t('caseloadSearch.submit')}
            </button>
            <button type="button" className="button button--secondary" onClick={clear}>
              {t('caseloadSearch.clear')}
            </button>
          </div>
        </form>
        {peselMode && <p className="hint">{t('caseloadSearch.peselResults')}</p>}
        <p className="result-count" role="status">
          {loading ? t('caseload.loading') : count}
        </p>
        {!peselMode && caseload.isError && <ApiErrorMessage error={caseload.error} onRetry={() => void caseload.refetch()} />}
        {data && data.items.length > 0 && (
          <div className="table-scroll" role="region" aria-labelledby="clients-caption" tabIndex={0}>
            <table className="table" aria-busy={loading}>
              <caption id="clients-caption" className="table__caption table__caption--s">
                {t('caseload.clientsCaption')}
              </caption>
              <thead>
                <tr>
                  <SortableHeader field="name" label={t('caseload.column.name')} direction={directionOf(search.sort, 'name')} onSort={onSort} />
                  <th scope="col">{t('caseload.column.birthDate')}</th>
                  <th scope="col">{t('caseload.column.gmina')}</th>
                  <th scope="col">{t('caseloadSearch.column.planStatus')}</th>
                  <SortableHeader field="nextDue" label={t('caseloadSearch.column.nextDue')} direction={directionOf(search.sort, 'nextDue')} onSort={onSort} />
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
                    <td>{client.planStatus ? t(`planStatus.${client.planStatus}`) : t('caseloadSearch.noPlan')}</td>
                    <td>{client.nextDue ? formatDate(client.nextDue, language) : t('caseloadSearch.nothingDue')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {data && data.items.length === 0 && (
          <div className="empty-state">
            <p>{data.totalItems > 0 ? t('caseload.emptyPage') : filtered ? t('caseloadSearch.none') : t('caseload.empty')}</p>
          </div>
        )}
        {!peselMode && data && data.totalPages > 1 && (
          <Pagination page={page} totalPages={data.totalPages} searchFor={(next) => searchString({ ...search, page: next })} />
        )}
        {!peselMode && capped && <p className="hint">{t('searchTotals.cappedPaging', { count: data?.totalItems ?? 0 })}</p>}
      </section>
    </>
  );
}
