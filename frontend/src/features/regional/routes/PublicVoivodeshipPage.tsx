import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '@/shared/api/ApiError';
import type { Schemas } from '@/shared/api/types';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { DataTable, type DataColumn } from '@/shared/components/DataTable';
import { PageHeading } from '@/shared/components/RouteFocus';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { formatDate, formatNumber } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';
import { usePublicVoivodeship } from '../api/getPublicVoivodeship';
import { AsOf } from '../components/AsOf';
import '../regional.css';

type PublicMlwGmina = Schemas['PublicMlwGmina'];

const ENTITY_TYPES = ['CIS', 'KIS', 'WTZ', 'ZAZ', 'OWES', 'COOP'] as const;
const PLACE_TYPES = ['CIS', 'KIS', 'WTZ', 'ZAZ'] as const;

/** One voivodeship on the public page: its entities and places, and the list of its MLW gminas. */
export function PublicVoivodeshipPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { code = '' } = useParams();
  const query = usePublicVoivodeship(code);
  const voivodeship = query.data?.voivodeships[0];
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);
  const title = voivodeship ? t('regional.public.voivodeshipTitle', { name: voivodeship.name }) : notFound ? t('regional.public.notFound') : t('regional.public.title');
  useDocumentTitle(title);

  const columns = useMemo<DataColumn<PublicMlwGmina>[]>(
    () => [
      { kind: 'text', key: 'name', header: t('regional.public.gmina'), value: (g) => g.name, rowHeader: true, href: (g) => (g.partnershipId ? links.publicPartnership(g.partnershipId) : undefined) },
      { kind: 'text', key: 'powiat', header: t('regional.public.powiat'), value: (g) => g.powiatName },
      { kind: 'text', key: 'since', header: t('regional.public.since'), value: (g) => formatDate(g.since, language) },
      { kind: 'number', key: 'signatories', header: t('regional.public.signatories'), value: (g) => g.signatories },
    ],
    [t, language],
  );

  return (
    <>
      <Link className="back-link" to={links.publicRegional()}>
        {t('regional.public.back')}
      </Link>
      <PageHeading>{title}</PageHeading>
      {query.isPending && <p role="status">{t('regional.loading')}</p>}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && voivodeship && (
        <>
          <AsOf asOf={query.data.asOf} computedAt={query.data.computedAt} />
          <h2 className="heading-m">{t('regional.public.figures')}</h2>
          <SummaryList>
            {ENTITY_TYPES.map((type) => (
              <SummaryRow key={`e-${type}`} term={t('regional.public.entities', { type: t(`regional.public.entity.${type}`) })}>
                {formatNumber(voivodeship.entities[type] ?? 0, language)}
              </SummaryRow>
            ))}
            {PLACE_TYPES.map((type) => (
              <SummaryRow key={`p-${type}`} term={t('regional.public.places', { type: t(`regional.public.entity.${type}`) })}>
                {formatNumber(voivodeship.places[type] ?? 0, language)}
              </SummaryRow>
            ))}
            <SummaryRow term={t('regional.public.mlwGminas')}>{formatNumber(voivodeship.mlwGminas, language)}</SummaryRow>
          </SummaryList>
          <h2 className="heading-m">{t('regional.public.mlwHeading')}</h2>
          {(voivodeship.mlwGminaList ?? []).length === 0 ? (
            <p>{t('regional.public.mlwEmpty')}</p>
          ) : (
            <DataTable
              caption={t('regional.public.mlwCaption', { name: voivodeship.name })}
              columns={columns}
              rows={voivodeship.mlwGminaList ?? []}
              rowKey={(g) => g.teryt}
              defaultSort={{ key: 'name', direction: 'ascending' }}
              csvFileName={`gminy-mlw-${voivodeship.code}.csv`}
            />
          )}
        </>
      )}
    </>
  );
}
