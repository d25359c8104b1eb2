import * as Plot from '@observablehq/plot';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { cellPhrase, cellText, isFigure, SUPPRESSED, type Cell, type IndicatorFormat } from '@/shared/format/cells';
import { formatNumber } from '@/shared/format/dates';
import { useLanguage } from '@/shared/i18n/i18n';
import { ChartFrame } from './ChartFrame';
import { BAR_COLOR } from './palette';

export interface ComparisonBar {
  key: string;
  /** "Legionowo, gmina miejska", "powiat legionowski", "województwo mazowieckie" */
  label: string;
  cell: Cell;
}

export interface ComparisonBarChartProps {
  title: string;
  indicator: IndicatorFormat;
  /** in the order shown, top to bottom (a gmina, then its powiat and voivodeship) */
  bars: readonly ComparisonBar[];
}

/**
 * Horizontal bars comparing one figure across units (a gmina against its powiat and its
 * voivodeship), each bar labelled with its figure, and the table of the same figures. A
 * suppressed or missing figure has no bar and says so where the bar would be.
 */
export function ComparisonBarChart({ title, indicator, bars }: ComparisonBarChartProps) {
  const { t } = useTranslation();
  const language = useLanguage();

  const draw = useCallback(() => {
    const data = bars.map((bar) => ({
      label: bar.label,
      value: isFigure(bar.cell) ? bar.cell : 0,
      figure: isFigure(bar.cell),
      text: bar.cell === SUPPRESSED ? t('regionalViz.cell.suppressedLong') : cellText(bar.cell, indicator.fractionDigits, language, t),
      title: `${bar.label}: ${cellPhrase(bar.cell, indicator, language, t)}`,
    }));
    const figures = data.filter((bar) => bar.figure);
    const longestLabel = Math.max(...bars.map((bar) => bar.label.length), 10);
    return Plot.plot({
      width: 720,
      height: 56 + 44 * bars.length,
      marginBottom: 48,
      marginLeft: Math.min(300, 16 + longestLabel * 7.5),
      marginRight: 90,
      style: { fontSize: '13px', fontFamily: 'inherit', color: '#0b0c0c', background: 'transparent' },
      x: { grid: true, label: indicator.unit, labelOffset: 40, labelAnchor: 'center', tickFormat: (value: number) => formatNumber(value, language), nice: true },
      y: { label: null, domain: bars.map((bar) => bar.label), padding: 0.3 },
      marks: [
        Plot.barX(figures, { x: 'value', y: 'label', fill: BAR_COLOR, title: 'title' }),
        // the figure at the end of its bar; where there is none, what is there instead
        Plot.text(figures, { x: 'value', y: 'label', text: 'text', dx: 6, textAnchor: 'start', fill: '#0b0c0c', fontWeight: 700 }),
        Plot.text(
          data.filter((bar) => !bar.figure),
          { x: 'value', y: 'label', text: 'text', dx: 6, textAnchor: 'start', fill: '#484949', fontStyle: 'italic' },
        ),
        Plot.ruleX([0], { stroke: '#0b0c0c' }),
      ],
    });
  }, [bars, indicator, language, t]);

  const table = {
    rowHeader: t('regionalViz.table.unit'),
    columns: [{ key: 'value', header: `${indicator.label} (${indicator.unit})` }],
    rows: bars.map((bar) => ({ key: bar.key, header: bar.label, cells: [bar.cell] })),
    fractionDigits: indicator.fractionDigits,
  };

  return <ChartFrame title={title} draw={draw} table={table} />;
}
