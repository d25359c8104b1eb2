import { Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isApiError } from '@/shared/api/ApiError';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { DataTable, type DataColumn } from '@/shared/components/DataTable';
import { PageHeading } from '@/shared/components/RouteFocus';
import { SummaryList, SummaryRow } from '@/shared/components/SummaryList';
import { Tag } from '@/shared/components/Tag';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { ComparisonBarChart } from '@/shared/charts/lazy';
import { cellText } from '@/shared/format/cells';
import { formatDate } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { links } from '@/shared/routes/links';
import { useGminaProfile, type GminaProfile, type GminaProfileRow } from '../api/getGminaProfile';
import { AsOf } from '../components/AsOf';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { RecommendationsSlot } from '../components/RecommendationsSlot';
import { RegionalAccess } from '../components/RegionalAccess';
import { RegionalNav } from '../components/RegionalNav';
import { useUnitLabel } from '../components/unitLabel';
import { cellOf, fractionDigitsOf, groupOf, INDICATOR_GROUPS, type IndicatorGroup } from '../model';
import '../regional.css';

type LooseT = (key: string, options?: Record<string, unknown>) => string;

/**
 * A gmina's profile for the ROPS: its CIS/KIS places, where it stands in the MLW, every
 * indicator beside its powiat and voivodeship, and its recommendations.
 * The API gives profiles to regional analysts (of the gmina's voivodeship) and administrators.
 */
export function GminaProfilePage() {
  const { teryt = '' } = useParams();
  return <RegionalAccess>{(me) => <Profile key={teryt} teryt={teryt} canIssue={me.roles.includes('regional-analyst')} />}</RegionalAccess>;
}

function Profile({ teryt, canIssue }: { teryt: string; canIssue: boolean }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const query = useGminaProfile(teryt, params.get('period') ?? undefined);
  const profile = query.data;
  const notFound = isApiError(query.error, 404) || isApiError(query.error, 400);
  const unitLabel = useUnitLabel();
  const title = profile ? t('regional.profile.title', { name: profile.name }) : notFound ? t('regional.profile.notFound') : t('regional.profile.titleFallback');
  useDocumentTitle(title);

  return (
    <>
      <PageHeading>{title}</PageHeading>
      <RegionalNav />
      {profile && (
        <Breadcrumbs
          crumbs={[
            { label: unitLabel(profile.voivodeshipCode, profile.voivodeshipName), to: links.regional({ unit: profile.voivodeshipCode }) },
            { label: unitLabel(profile.powiatCode, profile.powiatName), to: links.regional({ unit: profile.powiatCode, level: 'GMINA' }) },
            { label: unitLabel(profile.teryt, profile.name) },
          ]}
        />
      )}
      {query.isPending && <p role="status">{t('regional.loading')}</p>}
      {notFound && (
        <p>
          <Link to={links.regional()}>{t('regional.profile.back')}</Link>
        </p>
      )}
      {query.isError && !notFound && <ApiErrorMessage error={query.error} onRetry={() => void query.refetch()} />}
      {profile && (
        <>
          <p className="lead lead--s">{t('regional.profile.lead', { powiat: profile.powiatName, voivodeship: profile.voivodeshipName })}</p>
          <AsOf asOf={profile.asOf} computedAt={profile.computedAt} />
          <PlacesSection profile={profile} />
          <MlwSection profile={profile} />
          <RecommendationsSlot teryt={profile.teryt} name={profile.name} recommendations={profile.recommendations} canIssue={canIssue} />
          <IndicatorsSection profile={profile} />
        </>
      )}
    </>
  );
}

function rowOf(profile: GminaProfile, code: string): GminaProfileRow | undefined {
  return profile.indicators.find((row) => row.code === code);
}

function PlacesSection({ profile }: { profile: GminaProfile }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const unitLabel = useUnitLabel();
  const figures: [string, string][] = [
    ['CIS_ENTITIES', t('regional.profile.places.cisEntities')],
    ['CIS_PLACES', t('regional.profile.places.cisPlaces')],
    ['KIS_ENTITIES', t('regional.profile.places.kisEntities')],
    ['KIS_PLACES', t('regional.profile.places.kisPlaces')],
  ];
  const perTenK = rowOf(profile, 'CIS_KIS_PLACES_PER_10K');
  return (
    <section className="regional-section" aria-labelledby="places-heading">
      <h2 id="places-heading" className="heading-m">
        {t('regional.profile.places.heading')}
      </h2>
      <dl className="regional-figures">
        {figures.map(([code, label]) => (
          <div key={code} data-indicator={code}>
            <dt>{label}</dt>
            <dd>{cellText(cellOf(rowOf(profile, code)?.gmina), 0, language, t)}</dd>
          </div>
        ))}
      </dl>
      {perTenK && (
        <Suspense fallback={<p role="status">{t('regional.loading')}</p>}>
          <ComparisonBarChart
            title={t('regional.profile.compare', { indicator: language === 'pl' ? perTenK.namePl : perTenK.nameEn })}
            indicator={{
              label: language === 'pl' ? perTenK.namePl : perTenK.nameEn,
              unit: t('regional.profile.indicators.unit'),
              fractionDigits: fractionDigitsOf(perTenK.unit),
            }}
            bars={[
              { key: profile.teryt, label: unitLabel(profile.teryt, profile.name), cell: cellOf(perTenK.gmina) },
              { key: profile.powiatCode, label: unitLabel(profile.powiatCode, profile.powiatName), cell: cellOf(perTenK.powiat) },
              { key: profile.voivodeshipCode, label: unitLabel(profile.voivodeshipCode, profile.voivodeshipName), cell: cellOf(perTenK.voivodeship) },
            ]}
          />
        </Suspense>
      )}
    </section>
  );
}

function MlwSection({ profile }: { profile: GminaProfile }) {
  const { t, i18n } = useTranslation();
  const language = useLanguage();
  const loose = t as unknown as LooseT;
  const mlw = profile.mlw;
  return (
    <section className="regional-section" aria-labelledby="mlw-heading">
      <h2 id="mlw-heading" className="heading-m">
        {t('regional.profile.mlw.heading')}
      </h2>
      {!mlw && <p>{t('regional.profile.mlw.none')}</p>}
      {mlw && (
        <SummaryList>
          <SummaryRow term={t('regional.profile.mlw.stage')}>
            <Tag variant={mlw.stage === 'ACTIVE' ? 'green' : mlw.stage === 'DISSOLVED' ? 'grey' : 'blue'}>{t(`regional.stage.${mlw.stage}`)}</Tag>{' '}
            {mlw.stageSince && t('regional.profile.mlw.since', { date: formatDate(mlw.stageSince, language) })}
            {mlw.partnershipId && (
              <>
                {' '}
                <Link to={links.publicPartnership(mlw.partnershipId)}>{t('regional.profile.mlw.publicPact')}</Link>
              </>
            )}
          </SummaryRow>
          <SummaryRow term={t('regional.profile.mlw.stakeholders')}>
            {mlw.stakeholders > 0 ? t('regional.profile.mlw.stakeholdersValue', { count: mlw.stakeholders }) : t('regional.profile.mlw.stakeholdersNone')}
          </SummaryRow>
          <SummaryRow term={t('regional.profile.mlw.zsl')}>
            {mlw.zslEstablishedOn
              ? t('regional.profile.mlw.zslValue', { count: mlw.zslMembers, date: formatDate(mlw.zslEstablishedOn, language) })
              : t('regional.profile.mlw.zslNone')}
          </SummaryRow>
          <SummaryRow term={t('regional.profile.mlw.variant')}>
            {mlw.variantCode ? (
              <>
                {i18n.exists(`regional.variant.${mlw.variantCode}`) ? loose(`regional.variant.${mlw.variantCode}`) : mlw.variantCode}
                {mlw.variantStatus && ` (${loose(`variantStatus.${mlw.variantStatus}`)})`}
              </>
            ) : (
              t('regional.profile.mlw.variantNone')
            )}
          </SummaryRow>
          <SummaryRow term={t('regional.profile.mlw.signatories')}>
            {t('regional.profile.mlw.signatoriesTotal', { count: mlw.signatories })}
            {Object.keys(mlw.signatoriesBySector).length > 0 && (
              <ul className="list">
                {Object.entries(mlw.signatoriesBySector).map(([sector, count]) => (
                  <li key={sector}>
                    {loose(`stakeholderSector.${sector}`)}: {count}
                  </li>
                ))}
              </ul>
            )}
          </SummaryRow>
        </SummaryList>
      )}
    </section>
  );
}

function IndicatorsSection({ profile }: { profile: GminaProfile }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const columns = useMemo<DataColumn<GminaProfileRow>[]>(
    () => [
      { kind: 'text', key: 'name', header: t('regional.profile.indicators.indicator'), value: (row) => (language === 'pl' ? row.namePl : row.nameEn), rowHeader: true },
      { kind: 'number', key: 'gmina', header: t('regional.profile.indicators.gmina'), value: (row) => cellOf(row.gmina), fractionDigits: (row) => fractionDigitsOf(row.unit) },
      { kind: 'number', key: 'powiat', header: t('regional.profile.indicators.powiat'), value: (row) => cellOf(row.powiat), fractionDigits: (row) => fractionDigitsOf(row.unit) },
      { kind: 'number', key: 'voivodeship', header: t('regional.profile.indicators.voivodeship'), value: (row) => cellOf(row.voivodeship), fractionDigits: (row) => fractionDigitsOf(row.unit) },
    ],
    [t, language],
  );
  const groups = INDICATOR_GROUPS.map((group: IndicatorGroup) => ({
    group,
    rows: profile.indicators.filter((row) => groupOf({ code: row.code, source: sourceOf(row.code) }) === group),
  })).filter((entry) => entry.rows.length > 0);
  return (
    <section className="regional-section" aria-labelledby="indicators-heading">
      <h2 id="indicators-heading" className="heading-m">
        {t('regional.profile.indicators.heading')}
      </h2>
      <p className="hint">{t('regional.suppressionThreshold', { max: profile.suppressionThreshold - 1 })}</p>
      {groups.map(({ group, rows }) => (
        <DataTable
          key={group}
          caption={t('regional.profile.indicators.caption', { group: t(`regional.group.${group}`), period: profile.period })}
          columns={columns}
          rows={rows}
          rowKey={(row) => row.code}
          csvFileName={`${profile.teryt}-${group}-${profile.period}.csv`}
        />
      ))}
    </section>
  );
}

/** The profile rows carry no source: the catalogue's codes say it (plans and referrals are the work done). */
function sourceOf(code: string): 'PLAN' | 'PARTNERSHIP' | 'NEED_IMPORT' | 'DIRECTORY' {
  if (/^(PEOPLE_|PLANS_|OUTCOMES|REFERRAL|STEPS_)/.test(code)) return 'PLAN';
  if (code.startsWith('MLW_')) return 'PARTNERSHIP';
  if (code.startsWith('NEED_')) return 'NEED_IMPORT';
  return 'DIRECTORY';
}
