import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { links } from '@/app/links';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { Pagination } from '@/shared/components/Pagination';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { isInstitutionType, useLabels } from '@/shared/i18n/labels';
import { usePublicPartnerships } from '../api/listPublicPartnerships';
import { usePartnershipLabels } from '../components/labels';
import type { PublicPartnership } from '../model';

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
  const page = /^\d+$/.test(params.get('page') ?? '') && Number(params.get('page')) > 0 ? Number(params.get('page')) : 1;
  const query = usePublicPartnerships(page - 1);
  const data = query.data;

  return (
    <>
      <PageHeading>{t('partnerships.public.title')}</PageHeading>
      <p className="lead">{t('partnerships.public.lead')}</p>
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
              <h3 className="heading-s">{t('partnerships.public.signatories', { count: partnership.signatories.length })}</h3>
              <PublicSignatories partnership={partnership} />
            </li>
          ))}
        </ul>
      )}
      {data && data.items.length === 0 && <p>{data.totalItems === 0 ? t('partnerships.public.empty') : t('partnerships.list.emptyPage')}</p>}
      {data && data.totalPages > 1 && <Pagination page={page} totalPages={data.totalPages} searchFor={(next) => links.publicPartnerships(next).replace(/^[^?]*/, '') || '?'} />}
    </>
  );
}
