import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isIsoDate, todayIso } from './dates';

describe('dates', () => {
  it('formats calendar dates for the language, without a time zone shift', () => {
    expect(formatDate('2025-06-01', 'pl')).toBe('1 czerwca 2025');
    expect(formatDate('2025-06-01', 'en')).toBe('1 June 2025');
    expect(formatDate('2025-12-31', 'pl')).toBe('31 grudnia 2025');
    expect(formatDate(null, 'pl')).toBe('');
  });

  it('formats instants in Polish time', () => {
    // 22:30 UTC on 31 Dec is already 1 Jan in Warsaw
    expect(formatDateTime('2025-12-31T23:30:00Z', 'pl')).toMatch(/^1 sty 2026, 00:30$/);
    expect(formatDateTime('2025-06-01T10:15:00Z', 'en')).toMatch(/^1 Jun 2025, 12:15$/);
  });

  it('knows real dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-6-1')).toBe(false);
  });

  it('takes today in Poland', () => {
    expect(todayIso(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(todayIso(new Date('2025-06-01T10:00:00Z'))).toBe('2025-06-01');
  });
});
