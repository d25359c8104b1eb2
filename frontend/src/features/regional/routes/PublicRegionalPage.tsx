import { Suspense, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { DataTable, type DataColumn } from '@/shared/components/DataTable';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import { IndicatorMapPanel, type IndicatorRow } from '@/shared/map/lazy';
import { links } from '@/shared/routes/links';
import { usePublicRegionalSummary, type PublicVoivodeship } from '../api/getPublicRegionalSummary';
import { AsOf } from '../components/AsOf';
import '../regional.css';

const MEASURES = ['CIS_KIS_PLACES', 'CIS_KIS_ENTITIES', 'WTZ_ZAZ_PLACES', 'MLW_GMINAS'] as const;
type Measure = (typeof MEASURES)[number];

function measureOf(voivodeship: PublicVoivodeship, measure: Measure): number {
  const entities = voivodeship.entities;
  const places = voivodeship.places;
  switch (measure) {
    case 'CIS_KIS_PLACES':
      return (places.CIS ?? 0) + (places.KIS ?? 0);
    case 'CIS_KIS_ENTITIES':
      return (entities.CIS ?? 0) + (entities.KIS ?? 0);
    case 'WTZ_ZAZ_PLACES':
      return (places.WTZ ?? 0) + (places.ZAZ ?? 0);
    case 'MLW_GMINAS':
      return voivodeship.mlwGminas;
  }
}

const UNIT_OF: Record<Measure, 'places' | 'entities' | 'gminas'> = {
  CIS_KIS_PLACES: 'places',
  CIS_KIS_ENTITIES: 'entities',
  WTZ_ZAZ_PLACES: 'places',
  MLW_GMINAS: 'gminas',
};

const ENTITY_TYPES = ['CIS', 'KIS', 'WTZ', 'ZAZ', 'OWES', 'COOP'] as const;
const PLACE_TYPES = ['CIS', 'KIS', 'WTZ', 'ZAZ'] as const;

/**
 * The public page of the regional figures, without login: per voivodeship its social-employment
 * entities and places and its gminas with a concluded MLW Pact (public registers only), on the
 * map of Poland and in the table.
 */
export function PublicRegionalPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('regional.public.title'));
  const summary = usePublicRegionalSummary();
  const [measure, setMeasure] = useState<Measure>('CIS_KIS_PLACES');
  const [draft, setDraft] = useState<Measure>('CIS_KIS_PLACES');

  const rows = useMemo<IndicatorRow[]>(
    () => (summary.data?.voivodeships ?? []).map((v) => ({ teryt: v.code, name: v.name, cell: measureOf(v, measure) })),
    [summary.data, measure],
  );

  const columns = useMemo<DataColumn<PublicVoivodeship>[]>(
    () => [
      { kind: 'text', key: 'name', header: t('regional.public.voivodeship'), value: (v) => v.name, rowHeader: true, href: (v) => links.publicRegionalVoivodeship(v.code) },
      ...ENTITY_TYPES.map(
        (type): DataColumn<PublicVoivodeship> => ({
          kind: 'number',
          key: `entities-${type}`,
          header: t('regional.public.entities', { type: t(`regional.public.entity.${type}`) }),
          value: (v) => v.entities[type] ?? 0,
        }),
      ),
      ...PLACE_TYPES.map(
        (type): DataColumn<PublicVoivodeship> => ({
          kind: 'number',
          key: `places-${type}`,
          header: t('regional.public.places', { type: t(`regional.public.entity.${type}`) }),
          value: (v) => v.places[type] ?? 0,
        }),
      ),
      { kind: 'number', key: 'mlw', header: t('regional.public.mlwGminas'), value: (v) => v.mlwGminas },
    ],
    [t],
  );

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setMeasure(draft);
  };
  const mapTitle = t('regional.public.mapTitle', { measure: t(`regional.public.measures.${measure}`) });

  return (
    <>
      <PageHeading>{t('regional.public.title')}</PageHeading>
      <p className="lead lead--s">{t('regional.public.lead')}</p>
      {summary.isPending && <p role="status">{t('regional.loading')}</p>}
      {summary.isError && <ApiErrorMessage error={summary.error} onRetry={() => void summary.refetch()} />}
      {summary.data && (
        <>
          <AsOf asOf={summary.data.asOf} computedAt={summary.data.computedAt} />
          <form className="regional-choices" onSubmit={apply}>
            <div className="form-group">
              <label className="label" htmlFor="public-measure">
                {t('regional.public.measure')}
              </label>
              <select id="public-measure" className="select" value={draft} onChange={(event) => setDraft(event.target.value as Measure)}>
                {MEASURES.map((option) => (
                  <option key={option} value={option}>
                    {t(`regional.public.measures.${option}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button">
              {t('regional.public.show')}
            </button>
          </form>
          <section className="regional-section" aria-labelledby="public-map-heading">
            <h2 id="public-map-heading" className="heading-m">
              {mapTitle}
            </h2>
            <Suspense fallback={<p role="status">{t('regionalViz.map.loading')}</p>}>
              <IndicatorMapPanel
                scope="pl"
                level="wojewodztwa"
                rows={rows}
                indicator={{ label: t(`regional.public.measures.${measure}`), unit: t(`regional.public.units.${UNIT_OF[measure]}`), fractionDigits: 0 }}
                title={mapTitle}
                onSelect={(code) => void navigate(links.publicRegionalVoivodeship(code))}
                rowHref={(code) => links.publicRegionalVoivodeship(code)}
                csvFileName={`wojewodztwa-${measure}.csv`}
              />
            </Suspense>
          </section>
          <section className="regional-section" aria-labelledby="public-table-heading">
            <h2 id="public-table-heading" className="heading-m">
              {t('regional.public.figures')}
            </h2>
            <DataTable
              caption={t('regional.public.caption')}
              columns={columns}
              rows={summary.data.voivodeships}
              rowKey={(v) => v.code}
              defaultSort={{ key: 'name', direction: 'ascending' }}
              csvFileName="wojewodztwa-podmioty-miejsca-mlw.csv"
            />
          </section>
        </>
      )}
    </>
  );
}
