import { useTranslation } from 'react-i18next';
import { formatDecimal, type IndicatorFormat } from '@/shared/format/cells';
import { useLanguage } from '@/shared/i18n/i18n';
import { lowerBoundOf, type ClassBreaks } from './classBreaks';
import type { MapLevel } from './topology';

export interface LegendCounts {
  /** areas in each class */
  classes: number[];
  suppressed: number;
  missing: number;
}

interface MapLegendProps {
  indicator: IndicatorFormat;
  level: MapLevel;
  breaks: ClassBreaks | null;
  palette: readonly string[];
  counts: LegendCounts;
  /** the id prefix of the map's patterns (`…-suppressed`, `…-missing`) */
  patternId: string;
}

function Swatch({ fill }: { fill: string }) {
  return (
    <svg className="legend__swatch" width="32" height="20" viewBox="0 0 32 20" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="31" height="19" fill={fill} stroke="#505a5f" />
    </svg>
  );
}

/**
 * The key of a choropleth: each class with its range and the number of areas in it, then
 * suppressed areas and areas without data (patterns, so not told by colour alone).
 */
export function MapLegend({ indicator, level, breaks, palette, counts, patternId }: MapLegendProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = (value: number) => formatDecimal(value, language, indicator.fractionDigits);
  const units = (count: number) => t(`regionalViz.unitCount.${level}`, { count });

  const entries = (breaks?.upper ?? []).map((upper, index) => {
    const lower = lowerBoundOf(index, breaks!);
    const label =
      lower === upper
        ? t('regionalViz.legend.single', { value: format(upper) })
        : t(index === 0 ? 'regionalViz.legend.rangeFirst' : 'regionalViz.legend.range', { from: format(lower), to: format(upper) });
    return { key: `class-${index}`, fill: palette[index]!, label, count: counts.classes[index] ?? 0 };
  });
  if (counts.suppressed > 0) {
    entries.push({ key: 'suppressed', fill: `url(#${patternId}-suppressed)`, label: t('regionalViz.cell.suppressedLong'), count: counts.suppressed });
  }
  if (counts.missing > 0) {
    entries.push({ key: 'missing', fill: `url(#${patternId}-missing)`, label: t('regionalViz.cell.missing'), count: counts.missing });
  }

  return (
    <div className="legend">
      <p className="legend__title" id={`${patternId}-legend`}>
        {t('regionalViz.legend.title')}: {indicator.label} ({indicator.unit})
      </p>
      <ul className="legend__list" aria-labelledby={`${patternId}-legend`}>
        {entries.map((entry) => (
          <li key={entry.key} className="legend__entry" data-legend={entry.key}>
            <Swatch fill={entry.fill} />
            <span>{t('regionalViz.legend.entry', { label: entry.label, units: units(entry.count) })}</span>
          </li>
        ))}
      </ul>
      {breaks && <p className="legend__method">{t(`regionalViz.legend.method.${breaks.method}`)}</p>}
    </div>
  );
}
