import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { hasPermission, useMe } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { SortableHeader } from '@/shared/components/SortableHeader';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate } from '@/shared/format/dates';
import { SelectField } from '@/shared/forms/fields';
import { useLanguage } from '@/shared/i18n/i18n';
import { AreaSelect } from '@/shared/reference/AreaSelect';
import { usePartnershipList } from '../api/listPartnerships';
import { usePartnershipLabels } from '../components/labels';
import { PartnershipStatusTag } from '../components/StatusTags';
import { PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES, type PartnershipSummary } from '../model';
import {
  ALL_AREAS,
  effectiveArea,
  nextSort,
  readSearch,
  sortFieldOf,
  toApiQuery,
  toLink,
  type PartnershipSearch,
  type SortField,
} from './listSearch';

function searchString(search: PartnershipSearch): string {
  const query = links.partnerships(toLink(search)).split('?')[1];
  return query ? `?${query}` : '';
}

function FilterForm({ search, area, onSearch }: { search: PartnershipSearch; area: string; onSearch: (next: PartnershipSearch) => void }) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const [values, setValues] = useState({ area, status: search.status, kind: search.kind });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...search, gmina: values.area || ALL_AREAS, status: values.status, kind: values.kind, page: 1 });
  };
  return (
    <form className="form search-form" onSubmit={submit} aria-labelledby="partnership-filters-heading" noValidate>
      <h2 id="partnership-filters-heading" className="heading-s">
        {t('partnerships.list.filtersHeading')}
      </h2>
      <AreaSelect
        id="partnership-area"
        legend={t('partnerships.list.area')}
        hint={t('partnerships.list.areaHint')}
        value={values.area}
        onChange={(value) => setValues((current) => ({ ...current, area: value }))}
      />
      <SelectField
        id="partnership-status"
        label={t('partnerships.list.status')}
        value={values.status}
        emptyLabel={t('partnerships.list.anyStatus')}
        options={PARTNERSHIP_STATUSES.map((status) => ({ value: status, label: labels.status(status) }))}
        onChange={(value) => setValues((current) => ({ ...current, status: value as PartnershipSearch['status'] }))}
      />
      <SelectField
        id="partnership-kind"
        label={t('partnerships.list.kind')}
        value={values.kind}
        emptyLabel={t('partnerships.list.anyKind')}
        options={PARTNERSHIP_KINDS.map((kind) => ({ value: kind, label: labels.kind(kind) }))}
        onChange={(value) => setValues((current) => ({ ...current, kind: value as PartnershipSearch['kind'] }))}
      />
      <button type="submit" className="button">
        {t('partnerships.list.apply')}
      </button>
    </form>
  );
}

function PartnershipTable({ items, search, onSort, busy }: {
  items: PartnershipSummary[];
  search: PartnershipSearch;
  onSort: (field: SortField) => void;
  busy: boolean;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = usePartnershipLabels();
  const sorted = sortFieldOf(search.sort);
  const direction = (field: SortField) =>
    sorted === field ? (search.sort.startsWith('-') ? ('descending' as const) : ('ascending' as const)) : undefined;
  return (
    <div className="table-scroll" role="region" aria-labelledby="partnership-table-caption" tabIndex={0}>
      <table className="table" aria-busy={busy}>
        <caption id="partnership-table-caption" className="table__caption table__caption--s">
          {t('partnerships.list.caption')}
        </caption>
        <thead>
          <tr>
            <SortableHeader field="title" label={t('partnerships.list.column.title')} direction={direction('title')} onSort={onSort} />
            <th scope="col">{t('partnerships.list.column.kind')}</th>
            <SortableHeader field="gmina" label={t('partnerships.list.column.gmina')} direction={direction('gmina')} onSort={onSort} />
            <SortableHeader field="status" label={t('partnerships.list.column.status')} direction={direction('status')} onSort={onSort} />
            <th scope="col">{t('partnerships.list.column.signatories')}</th>
            <SortableHeader field="createdAt" label={t('partnerships.list.column.createdAt')} direction={direction('createdAt')} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to={links.partnership(item.id)}>{item.title}</Link>
                <div className="secondary-text">{t('partnerships.list.initiator', { name: item.initiator.name })}</div>
              </td>
              <td>{labels.kind(item.kind)}</td>
              <td>{item.gmina.name}</td>
              <td>
                <PartnershipStatusTag status={item.status} />
              </td>
              <td>{item.joinedSignatories}</td>
              <td>{formatDate(item.createdAt.slice(0, 10), language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The partnerships of an area, by default the gmina of the user's institution; filters, sorting
 * and the page live in the URL.
 */
export function PartnershipListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('partnerships.list.title'));
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const search = readSearch(searchParams);
  const me = useMe();
  // the gmina of the user's institution, from /api/v1/me; without one (administrators) the default is the whole country
  const ownGmina = me.data?.gmina ?? undefined;
  // a regional analyst looks after the whole voivodeship: the list opens on it, not on the ROPS's gmina
  const analyst = me.data?.roles.includes('regional-analyst') ?? false;
  const ownArea = ownGmina && (analyst ? { teryt: ownGmina.teryt.slice(0, 2), voivodeship: true } : { teryt: ownGmina.teryt, voivodeship: false });
  const waiting = search.gmina === '' && me.isPending;
  const area = effectiveArea(search, ownArea?.teryt);
  const query = usePartnershipList(toApiQuery(search, area), { enabled: !waiting });
  const data = query.data;
  const canCreate = hasPermission(me.data, 'PARTNERSHIP_CREATE');

  const go = (next: PartnershipSearch) => void navigate({ search: searchString(next) });
  const loading = waiting || query.isPending || (query.isFetching && query.isPlaceholderData);
  const isOwnArea = ownArea !== undefined && area === ownArea.teryt;

  return (
    <>
      <PageHeading>{t('partnerships.list.title')}</PageHeading>
      <p className="lead">{t('partnerships.list.lead')}</p>
      {canCreate && (
        <p>
          <Link className="button button--secondary" to={links.partnershipNew()}>
            {t('partnerships.list.create')}
          </Link>
        </p>
      )}
      <div className="search-layout">
        <div className="search-layout__filters">
          {!waiting && <FilterForm key={`${area ?? ''}|${search.status}|${search.kind}`} search={search} area={area ?? ''} onSearch={go} />}
        </div>
        <div className="search-layout__results">
          <h2 className="visually-hidden">{t('partnerships.list.resultsHeading')}</h2>
          <p className="partnership-area">
            {area === undefined
              ? t('partnerships.list.areaAll')
              : isOwnArea && ownArea.voivodeship
                ? t('partnershipArea.ownVoivodeship', { name: ownGmina?.voivodeshipName ?? '' })
                : isOwnArea
                ? t('partnerships.list.areaOwn', { name: ownGmina?.name ?? '' })
                : t('partnerships.list.areaChosen', { teryt: area })}{' '}
            {ownGmina && !isOwnArea && (
              <Link to={links.partnerships()}>
                {ownArea?.voivodeship
                  ? t('partnershipArea.backToVoivodeship', { name: ownGmina.voivodeshipName })
                  : t('partnerships.list.backToOwn', { name: ownGmina.name })}
              </Link>
            )}
            {isOwnArea && <Link to={{ search: searchString({ ...search, gmina: ALL_AREAS, page: 1 }) }}>{t('partnerships.list.showAll')}</Link>}
          </p>
          <p className="result-count" role="status">
            {loading ? t('partnerships.list.loading') : data ? t('partnerships.list.count', { count: data.totalItems }) : ''}
          </p>
          {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
          {data && data.items.length > 0 && (
            <PartnershipTable items={data.items} search={search} busy={loading} onSort={(field) => go({ ...search, page: 1, sort: nextSort(search.sort, field) })} />
          )}
          {data && data.items.length === 0 && (
            <div className="empty-state">
              <p className="empty-state__title">{data.totalItems === 0 ? t('partnerships.list.empty') : t('partnerships.list.emptyPage')}</p>
              {data.totalItems === 0 && canCreate && <p>{t('partnerships.list.emptyHint')}</p>}
            </div>
          )}
          {data && data.totalPages > 1 && (
            <Pagination page={search.page} totalPages={data.totalPages} searchFor={(page) => searchString({ ...search, page })} />
          )}
        </div>
      </div>
    </>
  );
}
