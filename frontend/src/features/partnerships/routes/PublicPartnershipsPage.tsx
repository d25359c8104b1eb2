import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { links } from '@/shared/routes/links';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { SelectField } from '@/shared/forms/fields';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { isInstitutionType, useLabels } from '@/shared/i18n/labels';
import { isTerytPrefix } from '@/shared/reference/AreaSelect';
import { usePublicPartnerships } from '../api/listPublicPartnerships';
import { usePartnershipLabels } from '../components/labels';
import { isPartnershipKind, PARTNERSHIP_KINDS, type PartnershipKind, type PublicPartnership } from '../model';

/** The public list as read from the URL: every value valid. */
interface PublicSearch {
  gmina: string;
  kind: PartnershipKind | '';
  /** 1-based */
  page: number;
}

function readPublicSearch(params: URLSearchParams): PublicSearch {
  const gmina = (params.get('gmina') ?? '').trim();
  const kind = params.get('kind');
  const page = params.get('page') ?? '';
  return {
    gmina: isTerytPrefix(gmina) ? gmina : '',
    kind: isPartnershipKind(kind) ? kind : '',
    page: /^\d+$/.test(page) && Number(page) >= 1 ? Number(page) : 1,
  };
}

function publicLink(search: PublicSearch): string {
  return links.publicPartnerships({ gmina: search.gmina || undefined, kind: search.kind || undefined, page: search.page });
}

function KindFilter({ search }: { search: PublicSearch }) {
  const { t } = useTranslation();
  const labels = usePartnershipLabels();
  const navigate = useNavigate();
  const [kind, setKind] = useState(search.kind);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(publicLink({ ...search, kind, page: 1 }));
  };
  return (
    <form className="form search-form" onSubmit={submit} aria-labelledby="public-filters-heading" noValidate>
      <h2 id="public-filters-heading" className="heading-s">
        {t('partnerships.list.filtersHeading')}
      </h2>
      <SelectField
        id="public-partnership-kind"
        label={t('partnerships.list.kind')}
        value={kind}
        emptyLabel={t('partnerships.list.anyKind')}
        options={PARTNERSHIP_KINDS.map((value) => ({ value, label: labels.kind(value) }))}
        onChange={(value) => setKind(isPartnershipKind(value) ? value : '')}
      />
      <button type="submit" className="button">
        {t('partnerships.list.apply')}
      </button>
    </form>
  );
}

/** The joined signatories of a public act: institutions by name and type, private persons by name and function. */
export function PublicSignatories({ partnership }: { partnership: PublicPartnership }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useLabels();
  return (
    <ul className="list list--bullet">
      {partnership.signatories.map((signatory, index) => (
        <li key={`${signatory.name}-${index}`}>
          {signatory.name}
          <span className="secondary-text">
            {' – '}
            {isInstitutionType(signatory.institutionType) ? labels.institutionType(signatory.institutionType) : signatory.function}
            {', '}
            {t('partnerships.public.joinedOn', { date: formatDate(signatory.joinedOn, language) })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Active partnerships and their signatories, for everyone: no login needed. */
export function PublicPartnershipsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('partnerships.public.title'));
  const language = useLanguage();
  const kinds = usePartnershipLabels();
  const [params] = useSearchParams();
  const search = readPublicSearch(params);
  const { page } = search;
  const query = usePublicPartnerships({ gmina: search.gmina || undefined, kind: search.kind || undefined, page: page - 1 });
  const data = query.data;
  const areaName = data?.items.find((item) => item.gmina.teryt.startsWith(search.gmina))?.gmina.name;

  return (
    <>
      <PageHeading>{t('partnerships.public.title')}</PageHeading>
      <p className="lead">{t('partnerships.public.lead')}</p>
      <KindFilter key={search.kind} search={search} />
      {search.gmina && (
        <p>
          {search.gmina.length === 7 && areaName ? t('partnerships.public.onlyGmina', { name: areaName }) : t('partnerships.public.onlyArea', { teryt: search.gmina })}{' '}
          <Link to={publicLink({ ...search, gmina: '', page: 1 })}>{t('partnerships.public.allAreas')}</Link>
        </p>
      )}
      <p className="result-count" role="status">
        {query.isPending ? t('partnerships.loading') : data ? t('partnerships.public.count', { count: data.totalItems }) : ''}
      </p>
      {query.isError && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {data && data.items.length > 0 && (
        <ul className="card-list public-partnerships">
          {data.items.map((partnership) => (
            <li key={partnership.id} className="card">
              <h2 className="card__title heading-m">
                <Link to={links.publicPartnership(partnership.id)}>{partnership.title}</Link>
              </h2>
              <p className="card__meta">
                {kinds.kind(partnership.kind)} · {t('partnerships.public.where', { gmina: partnership.gmina.name, powiat: partnership.gmina.powiatName, voivodeship: partnership.gmina.voivodeshipName })} ·{' '}
                {t('partnerships.public.activeSince', { date: formatDate(partnership.activatedAt.slice(0, 10), language) })}
              </p>
              {search.gmina !== partnership.gmina.teryt && (
                <p>
                  <Link to={publicLink({ ...search, gmina: partnership.gmina.teryt, page: 1 })}>{t('partnerships.public.filterGmina', { name: partnership.gmina.name })}</Link>
                </p>
              )}
              <h3 className="heading-s">{t('partnerships.public.signatories', { count: partnership.signatories.length })}</h3>
              <PublicSignatories partnership={partnership} />
            </li>
          ))}
        </ul>
      )}
      {data && data.items.length === 0 && <p>{data.totalItems === 0 ? t(search.gmina || search.kind ? 'partnerships.public.emptyFiltered' : 'partnerships.public.empty') : t('partnerships.list.emptyPage')}</p>}
      {data && data.totalPages > 1 && <Pagination page={page} totalPages={data.totalPages} searchFor={(next) => publicLink({ ...search, page: next }).replace(/^[^?]*/, '') || '?'} />}
    </>
  );
}
