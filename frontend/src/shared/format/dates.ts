import type { Language } from '@/shared/i18n/i18n';

const LOCALES: Record<Language, string> = { pl: 'pl-PL', en: 'en-GB' };
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today in Poland (the API's business day), as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Warsaw',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(value);
}

/**
 * A calendar date of the API (`2025-06-01`) for people: "1 czerwca 2025" / "1 June 2025".
 * Formatted in UTC so that no time zone moves it to the day before.
 */
export function formatDate(value: string | null | undefined, language: Language): string {
  if (!value) return '';
  if (!isIsoDate(value)) return value;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${value}T00:00:00Z`),
  );
}

/** An instant of the API (`2025-06-01T10:15:00Z`) in Polish time: "1 cze 2025, 12:15". */
export function formatDateTime(value: string | null | undefined, language: Language): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Warsaw',
  }).format(date);
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language]).format(value);
}
