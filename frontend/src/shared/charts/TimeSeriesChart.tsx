import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cellPhrase, isFigure, type Cell, type IndicatorFormat } from '@/shared/format/cells';
import { formatNumber } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { ChartFrame } from './ChartFrame';
import { SERIES_STYLES } from './palette';
import { formatPeriod, formatPeriodTick, periodStart, type Period } from './periods';

export interface TimeSeries {
  key: string;
  /** "Legionowo, gmina miejska", "powiat legionowski", "województwo mazowieckie" */
  label: string;
  points: readonly { period: Period; cell: Cell }[];
}

export interface TimeSeriesChartProps {
  title: string;
  indicator: IndicatorFormat;
  /** at most four series (a gmina, its powiat, its voivodeship, the nation) */
  series: readonly TimeSeries[];
}

function cellOf(series: TimeSeries, period: Period): Cell {
  return series.points.find((point) => point.period === period)?.cell ?? null;
}

interface Point {
  series: string;
  date: Date;
  value: number;
  title: string;
}

/**
 * A line per series over months or years (Observable Plot, SVG), and the table of the same
 * figures: rows are periods, columns are series. Suppressed and missing points break the line
 * and say so in the table.
 */
export function TimeSeriesChart({ title, indicator, series }: TimeSeriesChartProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const periods = useMemo(
    () =>
      [...new Set(series.flatMap((s) => s.points.map((point) => point.period)))].toSorted(
        (a, b) => periodStart(a).getTime() - periodStart(b).getTime(),
      ),
    [series],
  );
  const monthly = periods.some((period) => period.includes('-'));

  const draw = useCallback(() => {
    const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: '#b1b4b6' })];
    series.slice(0, SERIES_STYLES.length).forEach((s, index) => {
      const style = SERIES_STYLES[index]!;
      // one point per period, NaN where there is no figure: the line breaks there
      const line = periods.map((period) => {
        const cell = cellOf(s, period);
        return { date: periodStart(period), value: isFigure(cell) ? cell : Number.NaN };
      });
      const points: Point[] = periods.flatMap((period) => {
        const cell = cellOf(s, period);
        if (!isFigure(cell)) return [];
        const phrase = cellPhrase(cell, indicator, language, t);
        return [{ series: s.key, date: periodStart(period), value: cell, title: `${s.label}, ${formatPeriod(period, language)}: ${phrase}` }];
      });
      marks.push(
        Plot.lineY(line, { x: 'date', y: 'value', stroke: style.color, strokeWidth: 2.5, strokeDasharray: style.dash }),
        Plot.dot(points, { x: 'date', y: 'value', fill: style.color, r: 4, symbol: style.symbol, title: 'title', className: `series-${index}` }),
      );
      const last = points.at(-1);
      if (last) {
        marks.push(Plot.text([last], { x: 'date', y: 'value', text: () => s.label, dx: 8, textAnchor: 'start', fill: style.color, fontWeight: 700 }));
      }
    });
    return Plot.plot({
      width: 720,
      height: 320,
      marginLeft: 56,
      marginRight: 180,
      style: { fontSize: '13px', fontFamily: 'inherit', color: '#0b0c0c', background: 'transparent' },
      x: { type: 'utc', label: null, tickFormat: (date: Date) => formatPeriodTick(date, monthly, language), ticks: monthly ? 6 : 'year' },
      y: { grid: true, label: indicator.unit, tickFormat: (value: number) => formatNumber(value, language), nice: true },
      marks,
    });
  }, [series, periods, monthly, indicator, language, t]);

  const table = {
    rowHeader: t('regionalViz.chart.period'),
    columns: series.map((s) => ({ key: s.key, header: s.label })),
    rows: periods.map((period) => ({ key: period, header: formatPeriod(period, language), cells: series.map((s) => cellOf(s, period)) })),
    fractionDigits: indicator.fractionDigits,
  };

  return <ChartFrame title={title} draw={draw} table={table} />;
}
