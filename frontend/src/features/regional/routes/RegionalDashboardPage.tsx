import { Suspense, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '@/shared/auth/me';
import { ApiErrorMessage } from '@/shared/components/ApiErrorMessage';
import { PageHeading } from '@/shared/components/RouteFocus';
import { useDocumentTitle } from '@/shared/components/useDocumentTitle';
import type { TableSort } from '@/shared/components/DataTable';
import { TimeSeriesChart } from '@/shared/charts/lazy';
import { IndicatorMapPanel, type IndicatorRow } from '@/shared/map/lazy';
import { useLanguage } from '@/shared/i18n/i18n';
import { links, type RegionalDashboardLink } from '@/shared/routes/links';
import { useRegionalIndicators, type Indicator } from '../api/listIndicators';
import { useRegionalValues } from '../api/listValues';
import { useRegionalSeries } from '../api/getSeries';
import { usePublicRegionalSummary } from '../api/getPublicRegionalSummary';
import { AsOf } from '../components/AsOf';
import { Breadcrumbs, type Crumb } from '../components/Breadcrumbs';
import { homeVoivodeship, RegionalAccess } from '../components/RegionalAccess';
import { RegionalNav } from '../components/RegionalNav';
import { cellOf, DEFAULT_INDICATOR, groupIndicators, indicatorFormat, indicatorName, periodOptions, unitChain, VOIVODESHIP_CODES } from '../model';
import { useUnitLabel } from '../components/unitLabel';
import '../regional.css';

type Level = 'GMINA' | 'POWIAT';

interface DashboardState {
  indicator: string;
  level: Level;
  unit: string;
  period?: string;
  selected?: string;
  sort?: TableSort;
}

function parseSort(value: string | null): TableSort | undefined {
  if (!value) return undefined;
  const descending = value.startsWith('-');
  return { key: descending ? value.slice(1) : value, direction: descending ? 'descending' : 'ascending' };
}

function sortParam(sort: TableSort | undefined): string | undefined {
  if (!sort) return undefined;
  return `${sort.direction === 'descending' ? '-' : ''}${sort.key}`;
}

function toLink(state: DashboardState): RegionalDashboardLink {
  return { ...state, sort: sortParam(state.sort) };
}

/** The regional dashboard: one indicator on the map of the voivodeship, its table, the drill-down and a series. */
export function RegionalDashboardPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('regional.dashboard.title'));
  return (
    <>
      <PageHeading>{t('regional.dashboard.title')}</PageHeading>
      <RegionalNav />
      <RegionalAccess>{(me) => <Dashboard me={me} />}</RegionalAccess>
    </>
  );
}

function Dashboard({ me }: { me: Me }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const home = homeVoivodeship(me);
  const rawUnit = params.get('unit');
  const unit = rawUnit && /^\d{2}(\d{2})?$/.test(rawUnit) ? rawUnit : home;
  const voivodeship = unit.slice(0, 2);
  const requestedLevel: Level = unit.length === 4 || params.get('level') === 'GMINA' ? 'GMINA' : 'POWIAT';
  const state: DashboardState = {
    indicator: params.get('indicator') ?? DEFAULT_INDICATOR,
    level: requestedLevel,
    unit,
    period: params.get('period') ?? undefined,
    selected: params.get('selected') ?? undefined,
    sort: parseSort(params.get('sort')),
  };
  const go = (next: Partial<DashboardState>) => void navigate(links.regional(toLink({ ...state, ...next })));

  const indicators = useRegionalIndicators();
  const voivodeships = usePublicRegionalSummary();
  const indicator = indicators.data?.find((entry) => entry.code === state.indicator);
  // an indicator not given for gminas (a share of gminas) is shown for powiats
  const level: Level = indicator && !indicator.levels.includes(state.level) ? 'POWIAT' : state.level;
  const values = useRegionalValues(indicator ? { indicator: indicator.code, level, unit: level === 'POWIAT' ? voivodeship : unit, period: state.period } : undefined);
  const unitLabel = useUnitLabel();

  const voivodeshipName = voivodeships.data?.voivodeships.find((v) => v.code === voivodeship)?.name;
  const powiatName = unit.length === 4 ? values.data?.items.find((item) => item.unit.startsWith(unit))?.powiatName : undefined;
  const selectedName = state.selected ? values.data?.items.find((item) => item.unit === state.selected)?.name : undefined;

  const rows = useMemo<IndicatorRow[]>(
    () => (values.data?.items ?? []).map((item) => ({ teryt: item.unit, name: item.name, cell: cellOf(item) })),
    [values.data],
  );

  // a powiat of the voivodeship's map opens its gminas; a gmina is chosen (its series, its profile)
  const targetOf = (teryt: string): Partial<DashboardState> =>
    teryt.length === 4 && level === 'POWIAT' ? { unit: teryt, level: 'GMINA', selected: undefined, sort: undefined } : { selected: teryt };
  const rowHref = (teryt: string) => links.regional(toLink({ ...state, ...targetOf(teryt) }));

  const crumbs: Crumb[] = [
    {
      label: unitLabel(voivodeship, voivodeshipName ?? voivodeship),
      to: unit.length === 2 && !state.selected ? undefined : links.regional(toLink({ ...state, unit: voivodeship, level: 'POWIAT', selected: undefined, sort: undefined })),
    },
  ];
  if (unit.length === 4) crumbs.push({ label: unitLabel(unit, powiatName ?? unit), to: state.selected ? links.regional(toLink({ ...state, selected: undefined })) : undefined });
  if (state.selected) crumbs.push({ label: unitLabel(state.selected, selectedName ?? state.selected) });

  const format = indicator ? indicatorFormat(indicator, language) : undefined;
  const areaWords = level === 'GMINA' ? (unit.length === 4 ? t('regional.dashboard.area.gminasOfPowiat', { name: powiatName ?? unit }) : t('regional.dashboard.area.gminas', { name: voivodeshipName ?? voivodeship })) : t('regional.dashboard.area.powiats', { name: voivodeshipName ?? voivodeship });
  const title = format ? `${format.label}: ${areaWords}` : '';

  return (
    <>
      {indicators.isError && <ApiErrorMessage error={indicators.error} onRetry={() => void indicators.refetch()} />}
      {indicators.data && (
        <ChoiceForm
          key={`${state.indicator}/${level}/${state.period ?? ''}/${voivodeship}`}
          indicators={indicators.data}
          state={{ ...state, level }}
          canChooseVoivodeship={!me.institution}
          voivodeships={voivodeships.data?.voivodeships.map((v) => ({ code: v.code, name: v.name })) ?? []}
          onApply={(next) => go({ ...next, selected: undefined, sort: undefined })}
        />
      )}
      <Breadcrumbs crumbs={crumbs} />
      {values.isPending && indicator && <p role="status">{t('regional.loading')}</p>}
      {values.isError && <ApiErrorMessage error={values.error} onRetry={() => void values.refetch()} />}
      {indicator && format && values.data && (
        <section className="regional-section" aria-labelledby="regional-map-heading">
          <h2 id="regional-map-heading" className="heading-m">
            {title}
          </h2>
          <AsOf asOf={values.data.asOf} computedAt={values.data.computedAt} />
          {indicator.suppressed && <p className="hint">{t('regional.suppressionThreshold', { max: values.data.suppressionThreshold - 1 })}</p>}
          <p className="hint">{language === 'pl' ? indicator.definitionPl : indicator.definitionEn}</p>
          <Suspense fallback={<p role="status">{t('regionalViz.map.loading')}</p>}>
            <IndicatorMapPanel
              scope={voivodeship}
              level={level === 'GMINA' ? 'gminy' : 'powiaty'}
              within={unit.length === 4 ? unit : undefined}
              rows={rows}
              indicator={format}
              title={title}
              selected={state.selected}
              onSelect={(teryt) => go(targetOf(teryt))}
              rowHref={rowHref}
              sort={state.sort}
              onSortChange={(sort) => go({ sort })}
              csvFileName={`${indicator.code}-${unit}-${values.data.period}.csv`}
            />
          </Suspense>
        </section>
      )}
      {indicator && format && (
        <SeriesSection
          indicator={indicator}
          units={unitChain(state.selected ?? unit)}
          profileOf={state.selected?.length === 7 ? state.selected : undefined}
        />
      )}
    </>
  );
}

interface ChoiceFormProps {
  indicators: readonly Indicator[];
  state: DashboardState;
  canChooseVoivodeship: boolean;
  voivodeships: readonly { code: string; name: string }[];
  onApply: (next: Partial<DashboardState>) => void;
}

/** The indicator (grouped), level, period (and for an administrator the voivodeship), applied with a button. */
function ChoiceForm({ indicators, state, canChooseVoivodeship, voivodeships, onApply }: ChoiceFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [indicatorCode, setIndicatorCode] = useState(state.indicator);
  const [level, setLevel] = useState<Level>(state.level);
  const [period, setPeriod] = useState(state.period ?? '');
  const [voivodeship, setVoivodeship] = useState(state.unit.slice(0, 2));
  const chosen = indicators.find((indicator) => indicator.code === indicatorCode);
  const periods = periodOptions(chosen);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const sameArea = voivodeship === state.unit.slice(0, 2);
    onApply({
      indicator: indicatorCode,
      level,
      period: period && periods.includes(period) ? period : undefined,
      unit: sameArea && level === 'GMINA' ? state.unit : voivodeship,
    });
  };

  return (
    <form className="regional-choices" onSubmit={submit} aria-label={t('regional.dashboard.choices')}>
      <div className="form-group">
        <label className="label" htmlFor="regional-indicator">
          {t('regional.dashboard.indicator')}
        </label>
        <select id="regional-indicator" className="select select--wide" value={indicatorCode} onChange={(event) => setIndicatorCode(event.target.value)}>
          {groupIndicators(indicators).map(({ group, indicators: members }) => (
            <optgroup key={group} label={t(`regional.group.${group}`)}>
              {members.map((indicator) => (
                <option key={indicator.code} value={indicator.code}>
                  {indicatorName(indicator, language)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="regional-choices__row">
        <div className="form-group">
          <label className="label" htmlFor="regional-level">
            {t('regional.dashboard.level')}
          </label>
          <select id="regional-level" className="select" value={level} onChange={(event) => setLevel(event.target.value as Level)}>
            <option value="POWIAT">{t('regional.level.POWIAT')}</option>
            {(chosen?.levels.includes('GMINA') ?? true) && <option value="GMINA">{t('regional.level.GMINA')}</option>}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="regional-period">
            {t('regional.dashboard.period')}
          </label>
          <select id="regional-period" className="select" value={periods.includes(period) ? period : ''} onChange={(event) => setPeriod(event.target.value)}>
            <option value="">{t('regional.dashboard.latestPeriod')}</option>
            {periods.map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </select>
        </div>
        {canChooseVoivodeship && (
          <div className="form-group">
            <label className="label" htmlFor="regional-voivodeship">
              {t('regional.dashboard.voivodeship')}
            </label>
            <select id="regional-voivodeship" className="select" value={voivodeship} onChange={(event) => setVoivodeship(event.target.value)}>
              {VOIVODESHIP_CODES.map((code) => (
                <option key={code} value={code}>
                  {voivodeships.find((v) => v.code === code)?.name ?? code}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <button type="submit" className="button">
        {t('regional.dashboard.show')}
      </button>
    </form>
  );
}

/** The chosen unit's series beside its powiat's and voivodeship's, with the table of the same figures. */
function SeriesSection({ indicator, units, profileOf }: { indicator: Indicator; units: string[]; profileOf?: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const periodicity = indicator.periodicity.includes('MONTH') ? 'MONTH' : 'YEAR';
  const results = useRegionalSeries(indicator.code, units, periodicity);
  const unitLabel = useUnitLabel();
  const loaded = results.every((result) => result.data);
  const failed = results.find((result) => result.isError);
  const series = loaded
    ? results.map((result) => ({
        key: result.data!.unit,
        label: unitLabel(result.data!.unit, result.data!.name),
        points: result.data!.points.map((point) => ({ period: point.period, cell: cellOf(point) })),
      }))
    : [];
  const format = indicatorFormat(indicator, language);
  const title = series[0] ? t('regional.dashboard.seriesTitle', { indicator: format.label, unit: series[0].label }) : '';
  return (
    <section className="regional-section" aria-labelledby="regional-series-heading">
      <h2 id="regional-series-heading" className="heading-m">
        {series[0] ? series[0].label : t('regional.dashboard.series')}
      </h2>
      {profileOf && (
        <p>
          <Link to={links.regionalGmina(profileOf)}>{t('regional.dashboard.openProfile', { name: series[0]?.label ?? profileOf })}</Link>
        </p>
      )}
      {failed && <ApiErrorMessage error={failed.error} onRetry={() => void failed.refetch()} />}
      {!loaded && !failed && <p role="status">{t('regional.loading')}</p>}
      {loaded && (
        <Suspense fallback={<p role="status">{t('regional.loading')}</p>}>
          <TimeSeriesChart title={title} indicator={format} series={series} />
        </Suspense>
      )}
    </section>
  );
}
