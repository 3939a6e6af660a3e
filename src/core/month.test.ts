import { describe, expect, it } from 'vitest';
import { addMonths, dateOf, isMonthKey, monthName, monthOf } from './month';

describe('monthOf', () => {
  it('decides the month in the author time zone, not UTC', () => {
    // 31 March 23:30 in Paris is 21:30 UTC (summer time started on the 31st in 2019).
    const lateMarch = Date.parse('2019-03-31T23:30:00+02:00');
    expect(monthOf(lateMarch, 'Europe/Paris')).toBe('2019-03');
    expect(monthOf(lateMarch, 'Asia/Tokyo')).toBe('2019-04');
  });

  it('puts 1 April 01:30 Paris in April although UTC is still in March', () => {
    const earlyApril = Date.parse('2019-04-01T01:30:00+02:00');
    expect(new Date(earlyApril).toISOString().slice(0, 7)).toBe('2019-03');
    expect(monthOf(earlyApril, 'Europe/Paris')).toBe('2019-04');
  });

  it('falls back to the runtime zone for an unknown zone instead of throwing', () => {
    expect(isMonthKey(monthOf(Date.now(), 'Not/AZone'))).toBe(true);
  });
});

describe('month helpers', () => {
  it('formats dates in the zone', () => {
    expect(dateOf(Date.parse('2019-03-31T23:30:00+02:00'), 'Europe/Paris')).toBe('2019-03-31');
  });

  it('adds months across years', () => {
    expect(addMonths('2019-12', 1)).toBe('2020-01');
    expect(addMonths('2019-01', -1)).toBe('2018-12');
    expect(addMonths('2019-03', -15)).toBe('2017-12');
  });

  it('names months capitalised in the post language', () => {
    expect(monthName('2019-04', 'fr')).toBe('Avril');
    expect(monthName('2019-03', 'fr')).toBe('Mars');
    expect(monthName('2019-08', 'fr')).toBe('Août');
    expect(monthName('2019-04', 'en')).toBe('April');
  });

  it('validates month keys', () => {
    expect(isMonthKey('2019-03')).toBe(true);
    expect(isMonthKey('2019-13')).toBe(false);
    expect(isMonthKey('2019-3')).toBe(false);
  });
});
