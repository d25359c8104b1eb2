import { todayIso } from '@/shared/format/dates';
import type { Schemas } from '@/shared/api/types';

export type AccessLogEntry = Schemas['AccessLogEntry'];

/** The access log narrowed: '' means any. Dates are days in Warsaw (YYYY-MM-DD), both inclusive. */
export interface AccessLogFilter {
  institution: string;
  action: string;
  outcome: '' | 'ALLOWED' | 'DENIED';
  from: string;
  to: string;
}

export const NO_FILTER: AccessLogFilter = { institution: '', action: '', outcome: '', from: '', to: '' };

/** The institution of an entry as the filter names it ('-' for an access without one, e.g. a scheduled job). */
export const institutionKey = (entry: AccessLogEntry): string => entry.institution?.id ?? '-';

/** The entries a filter keeps, in their order (newest first, as the API sends them). */
export function filterAccessLog(entries: readonly AccessLogEntry[], filter: AccessLogFilter): AccessLogEntry[] {
  return entries.filter((entry) => {
    if (filter.institution && institutionKey(entry) !== filter.institution) return false;
    if (filter.action && entry.action !== filter.action) return false;
    if (filter.outcome && entry.outcome !== filter.outcome) return false;
    const day = todayIso(new Date(entry.occurredAt));
    if (filter.from && day < filter.from) return false;
    if (filter.to && day > filter.to) return false;
    return true;
  });
}
