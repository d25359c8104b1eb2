import type { Language } from '@/shared/i18n/i18n';

const LOCALES: Record<Language, string> = { pl: 'pl-PL', en: 'en-GB' };
const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** A period of a series: a year (`2025`) or a month (`2025-03`). */
export type Period = string;

/** The first instant of the period in UTC (what the chart's time axis is drawn on). */
export function periodStart(period: Period): Date {
  const month = MONTH.exec(period);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
  if (YEAR.test(period)) return new Date(Date.UTC(Number(period), 0, 1));
  throw new Error(`Not a period: ${period}`);
}

/** A period for people: "marzec 2025" / "March 2025", a year as "2025". */
export function formatPeriod(period: Period, language: Language): string {
  if (YEAR.test(period)) return period;
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(periodStart(period));
}

/** An axis tick: "mar 2025" / "Mar 2025" for months, "2025" for years. */
export function formatPeriodTick(date: Date, monthly: boolean, language: Language): string {
  if (!monthly) return String(date.getUTCFullYear());
  return new Intl.DateTimeFormat(LOCALES[language], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}
