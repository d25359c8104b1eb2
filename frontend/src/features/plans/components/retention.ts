import type { TFunction } from 'i18next';

/** An ISO-8601 period of the API (`P6Y`, `P1Y6M`, `P30D`) in words: "6 lat", "1 rok, 6 miesięcy". */
export function formatPeriod(iso: string, t: TFunction): string {
  const match = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(iso);
  if (!match) return iso;
  const [, years, months, weeks, days] = match;
  const parts: string[] = [];
  if (years && Number(years) > 0) parts.push(t('anonymisation.years', { count: Number(years) }));
  if (months && Number(months) > 0) parts.push(t('anonymisation.months', { count: Number(months) }));
  const allDays = Number(weeks ?? 0) * 7 + Number(days ?? 0);
  if (allDays > 0) parts.push(t('anonymisation.days', { count: allDays }));
  return parts.length > 0 ? parts.join(', ') : iso;
}

/** The calendar day (YYYY-MM-DD) of an instant in Polish time. */
export function warsawDate(instant: string): string {
  return new Date(instant).toLocaleDateString('sv-SE', { timeZone: 'Europe/Warsaw' });
}

/** A daily Quartz cron (`0 30 2 * * ?`) as a time of day ("2:30"), or undefined for any other schedule. */
export function dailyTime(cron: string): string | undefined {
  const match = /^0 (\d{1,2}) (\d{1,2}) \* \* \?$/.exec(cron.trim());
  if (!match) return undefined;
  return `${Number(match[2])}:${match[1]!.padStart(2, '0')}`;
}
