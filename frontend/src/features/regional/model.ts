import type { Cell, IndicatorFormat } from '@/shared/format/cells';
import { SUPPRESSED } from '@/shared/format/cells';
import type { Language } from '@/shared/i18n/i18n';
import type { Indicator } from './api/listIndicators';

/** The groups of the catalogue as the dashboard offers them. */
export const INDICATOR_GROUPS = ['supply', 'need', 'mlw', 'work'] as const;
export type IndicatorGroup = (typeof INDICATOR_GROUPS)[number];

/** Supply (directory), need (imported figures and supply against need), MLW (partnerships), work done (plans). */
export function groupOf(indicator: Pick<Indicator, 'code' | 'source'>): IndicatorGroup {
  if (indicator.source === 'NEED_IMPORT' || indicator.code.startsWith('NEED_') || indicator.code.includes('_PER_100_')) return 'need';
  if (indicator.source === 'PARTNERSHIP' || indicator.code.startsWith('MLW_')) return 'mlw';
  if (indicator.source === 'PLAN') return 'work';
  return 'supply';
}

export function groupIndicators(indicators: readonly Indicator[]): { group: IndicatorGroup; indicators: Indicator[] }[] {
  return INDICATOR_GROUPS.map((group) => ({ group, indicators: indicators.filter((indicator) => groupOf(indicator) === group) })).filter(
    (entry) => entry.indicators.length > 0,
  );
}

export const DEFAULT_INDICATOR = 'CIS_KIS_PLACES_PER_10K';

/** Ratios and medians with one decimal, counts as whole numbers. */
export function fractionDigitsOf(unit: Indicator['unit']): number {
  return unit === 'PER_10K' || unit === 'PER_100' || unit === 'PERCENT' || unit === 'DAYS' ? 1 : 0;
}

export function indicatorName(indicator: Pick<Indicator, 'namePl' | 'nameEn'>, language: Language): string {
  return language === 'pl' ? indicator.namePl : indicator.nameEn;
}

/** How the map, the table and the chart write the indicator's figures. */
export function indicatorFormat(indicator: Indicator, language: Language): IndicatorFormat {
  return {
    label: indicatorName(indicator, language),
    unit: language === 'pl' ? indicator.unitPl : indicator.unitEn,
    fractionDigits: fractionDigitsOf(indicator.unit),
  };
}

/** A value of the API (`value`, `suppressed`) as a cell: hidden is never zero nor blank. */
export function cellOf(value: { value?: number | null; suppressed: boolean } | null | undefined): Cell {
  if (!value) return null;
  if (value.suppressed) return SUPPRESSED;
  return value.value ?? null;
}

export function isYear(period: string): boolean {
  return /^\d{4}$/.test(period);
}

/**
 * The periods offered for an indicator: the months of the last year up to the latest computed
 * (monthly indicators), then the latest three years. The latest period first.
 */
export function periodOptions(indicator: Pick<Indicator, 'periodicity' | 'latestPeriod'> | undefined, today = new Date()): string[] {
  const latest = indicator?.latestPeriod ?? String(today.getFullYear());
  const year = Number(latest.slice(0, 4));
  const periods: string[] = [];
  if (indicator?.periodicity.includes('MONTH') && !isYear(latest)) {
    const month = Number(latest.slice(5, 7));
    for (let i = 0; i < 12; i += 1) {
      const m = month - i;
      const y = m > 0 ? year : year - 1;
      const mm = m > 0 ? m : m + 12;
      periods.push(`${y}-${String(mm).padStart(2, '0')}`);
    }
  }
  for (let y = year; y > year - 3; y -= 1) periods.push(String(y));
  return periods;
}

/** The units above one (a gmina's powiat and voivodeship), the unit first. */
export function unitChain(teryt: string): string[] {
  if (teryt.length === 7) return [teryt, teryt.slice(0, 4), teryt.slice(0, 2)];
  if (teryt.length === 4) return [teryt, teryt.slice(0, 2)];
  return [teryt];
}

export const VOIVODESHIP_CODES = ['02', '04', '06', '08', '10', '12', '14', '16', '18', '20', '22', '24', '26', '28', '30', '32'] as const;
