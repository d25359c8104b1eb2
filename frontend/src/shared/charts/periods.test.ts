import { describe, expect, it } from 'vitest';
import { formatPeriod, formatPeriodTick, periodStart } from './periods';

describe('periods of a series', () => {
  it('starts years and months on their first day, in UTC', () => {
    expect(periodStart('2025-03').toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(periodStart('2024').toISOString()).toBe('2024-01-01T00:00:00.000Z');
    for (const wrong of ['marzec', '25', '2025-1', '2025-13', '2025-00', '2025-01-01']) expect(() => periodStart(wrong)).toThrow('Not a period');
  });

  it('names months in Polish and English', () => {
    expect(['2025-01', '2025-03', '2025-12', '2025'].map((period) => formatPeriod(period, 'pl'))).toEqual([
      'styczeń 2025', 'marzec 2025', 'grudzień 2025', '2025',
    ]);
    expect(formatPeriod('2025-03', 'en')).toBe('March 2025');
    expect(formatPeriodTick(periodStart('2025-03'), true, 'pl')).toBe('mar 2025');
    expect(formatPeriodTick(periodStart('2025-03'), false, 'pl')).toBe('2025');
  });
});
