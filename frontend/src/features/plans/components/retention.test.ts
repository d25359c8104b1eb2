import { describe, expect, it } from 'vitest';
import { i18n } from '@/shared/i18n/i18n';
import { dailyTime, formatPeriod, warsawDate } from './retention';

describe('retention in words', () => {
  const pl = i18n.getFixedT('pl');
  const en = i18n.getFixedT('en');

  it.each([
    ['P1Y', '1 rok'],
    ['P2Y', '2 lata'],
    ['P5Y', '5 lat'],
    ['P6Y', '6 lat'],
    ['P12Y', '12 lat'],
    ['P22Y', '22 lata'],
    ['P1Y6M', '1 rok, 6 miesięcy'],
    ['P3M', '3 miesiące'],
    ['P1M', '1 miesiąc'],
    ['P2W', '14 dni'],
    ['P1D', '1 dzień'],
    ['P0D', 'P0D'],
    ['six years', 'six years'],
  ])('%s → %s', (iso, expected) => {
    expect(formatPeriod(iso, pl)).toBe(expected);
  });

  it('in English', () => {
    expect(formatPeriod('P6Y', en)).toBe('6 years');
    expect(formatPeriod('P1Y1M', en)).toBe('1 year, 1 month');
  });

  it('reads a daily schedule as a time of day, and nothing else', () => {
    expect(dailyTime('0 30 2 * * ?')).toBe('2:30');
    expect(dailyTime('0 5 23 * * ?')).toBe('23:05');
    expect(dailyTime('0 30 2 ? * MON')).toBeUndefined();
  });

  it('takes the calendar day of an instant in Polish time', () => {
    expect(warsawDate('2019-05-31T22:30:00Z')).toBe('2019-06-01');
    expect(warsawDate('2019-12-31T12:00:00Z')).toBe('2019-12-31');
  });
});
