import type { TFunction } from 'i18next';
import type { Language } from '@/shared/i18n/i18n';

const LOCALES: Record<Language, string> = { pl: 'pl-PL', en: 'en-GB' };

/** An aggregate the API withheld because it concerns too few people (or would reveal such a count). */
export const SUPPRESSED = 'suppressed';

/**
 * One figure of a table, map or chart: a number, `null` when there is no figure for the unit
 * or period, or {@link SUPPRESSED}. Each is shown for what it is: suppressed is never zero or blank.
 */
export type Cell = number | null | typeof SUPPRESSED;

export function isFigure(cell: Cell | undefined): cell is number {
  return typeof cell === 'number' && Number.isFinite(cell);
}

/** How an indicator's figures are written. */
export interface IndicatorFormat {
  /** the indicator's name: "Miejsca w CIS i KIS na 10 tys. mieszkańców" */
  label: string;
  /** its unit as a heading: "miejsca na 10 tys. mieszkańców" */
  unit: string;
  /** decimals shown (the same in the map, the table, the charts and the CSV); default 0 */
  fractionDigits?: number;
  /**
   * The figure with its unit in a sentence, when the unit inflects with the number
   * ("1 podmiot", "3 podmioty"); the default is the number, a space and `unit`.
   */
  withUnit?: (formatted: string, value: number) => string;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** A number as people read it: "12,3", "12 345" in Polish; "12.3", "12,345" in English. */
export function formatDecimal(value: number, language: Language, fractionDigits = 0): string {
  const key = `${language}/${fractionDigits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** The text of a cell in a table: "12,3", "utajnione" or "brak danych". */
export function cellText(cell: Cell | undefined, fractionDigits: number | undefined, language: Language, t: TFunction): string {
  if (cell === SUPPRESSED) return t('regionalViz.cell.suppressed');
  if (!isFigure(cell)) return t('regionalViz.cell.missing');
  return formatDecimal(cell, language, fractionDigits);
}

/**
 * A cell as a phrase with its unit, for accessible names and tooltips:
 * "12,3 miejsca na 10 tys. mieszkańców", "utajnione (mała liczebność)", "brak danych".
 */
export function cellPhrase(cell: Cell | undefined, format: IndicatorFormat, language: Language, t: TFunction): string {
  if (cell === SUPPRESSED) return t('regionalViz.cell.suppressedLong');
  if (!isFigure(cell)) return t('regionalViz.cell.missing');
  const formatted = formatDecimal(cell, language, format.fractionDigits);
  return format.withUnit ? format.withUnit(formatted, cell) : `${formatted} ${format.unit}`;
}
