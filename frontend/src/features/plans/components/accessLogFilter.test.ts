import { describe, expect, it } from 'vitest';
import { filterAccessLog, NO_FILTER, type AccessLogEntry } from './accessLogFilter';

const ops = { id: 'a1', name: 'MOPS Legionowo', type: 'OPS' as const };
const entry = (occurredAt: string, over: Partial<AccessLogEntry> = {}): AccessLogEntry => ({
  occurredAt, who: 'ewa', institution: ops, recordType: 'CLIENT', recordId: null, action: 'READ', purpose: 'CASE_WORK', outcome: 'ALLOWED', ...over,
});

describe('filterAccessLog', () => {
  const entries = [
    entry('2026-03-01T22:30:00Z'), // 1 March 23:30 in Warsaw
    entry('2026-02-28T23:30:00Z', { outcome: 'DENIED', institution: null }), // 1 March 00:30 in Warsaw
    entry('2026-02-27T10:00:00Z', { action: 'LIST' }),
  ];

  it('keeps everything without a filter', () => {
    expect(filterAccessLog(entries, NO_FILTER)).toHaveLength(3);
  });

  it('filters by result, action and institution (no institution is "-")', () => {
    expect(filterAccessLog(entries, { ...NO_FILTER, outcome: 'DENIED' })).toEqual([entries[1]]);
    expect(filterAccessLog(entries, { ...NO_FILTER, action: 'LIST' })).toEqual([entries[2]]);
    expect(filterAccessLog(entries, { ...NO_FILTER, institution: '-' })).toEqual([entries[1]]);
    expect(filterAccessLog(entries, { ...NO_FILTER, institution: 'a1' })).toHaveLength(2);
  });

  it('compares days in Warsaw time, both ends inclusive', () => {
    expect(filterAccessLog(entries, { ...NO_FILTER, from: '2026-03-01', to: '2026-03-01' })).toEqual([entries[0], entries[1]]);
    expect(filterAccessLog(entries, { ...NO_FILTER, to: '2026-02-28' })).toEqual([entries[2]]);
  });
});
