import type { CaseloadDueFilter } from '@/shared/routes/links';
import type { DueItem } from '../model';

export const DUE_FILTERS: readonly CaseloadDueFilter[] = ['overdue', 'soon', 'ending'];

/** The filter named in the URL, or null for an unknown or missing value (the whole list). */
export function readDueFilter(value: string | null): CaseloadDueFilter | null {
  return (DUE_FILTERS as readonly (string | null)[]).includes(value) ? (value as CaseloadDueFilter) : null;
}

/**
 * The due items a filter keeps: `overdue` the late ones, `soon` those due but not yet late,
 * `ending` the plans whose period ends (late or not). The home page counts with the same rule.
 */
export function filterDue(items: readonly DueItem[], filter: CaseloadDueFilter | null): DueItem[] {
  switch (filter) {
    case 'overdue':
      return items.filter((item) => item.overdue);
    case 'soon':
      return items.filter((item) => !item.overdue);
    case 'ending':
      return items.filter((item) => item.kind === 'PLAN_END');
    default:
      return [...items];
  }
}
