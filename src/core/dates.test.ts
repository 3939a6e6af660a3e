import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isMonthKey, isValidTime, MAX_TIME, MIN_TIME } from './dates';
import { dateOf, monthOf } from './month';

/** The zones furthest from UTC on either side. */
const ZONES = ['Etc/GMT+12', 'Pacific/Kiritimati', 'UTC'];

describe('isValidTime', () => {
  it('accepts integer epoch milliseconds from 1970 to the end of 9999-12-30 UTC', () => {
    for (const t of [0, 1000, Date.UTC(2019, 2, 15), MAX_TIME])
      expect(isValidTime(t), `${t}`).toBe(true);
    expect(new Date(MAX_TIME).toISOString()).toBe('9999-12-30T23:59:59.999Z');
  });

  it('refuses what no date prints, and fractions, negatives, non-numbers', () => {
    for (const t of [
      1e20,
      -1e300,
      8.64e15,
      MAX_TIME + 1,
      -1,
      MIN_TIME - 0.5,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '1000',
      null,
    ]) {
      expect(isValidTime(t), String(t)).toBe(false);
    }
  });

  it('every valid time has a real date and month in every time zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_TIME, max: MAX_TIME }),
        fc.constantFrom(...ZONES),
        (t, zone) => {
          expect(isIsoDate(dateOf(t, zone)), `${t} ${zone}`).toBe(true);
          expect(isMonthKey(monthOf(t, zone)), `${t} ${zone}`).toBe(true);
        },
      ),
    );
    for (const zone of ZONES) {
      for (const t of [MIN_TIME, MAX_TIME]) expect(isIsoDate(dateOf(t, zone)), zone).toBe(true);
    }
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates, leap days included', () => {
    for (const date of ['2019-04-01', '2020-02-29', '2000-02-29', '1000-01-01', '9999-12-31']) {
      expect(isIsoDate(date), date).toBe(true);
    }
  });

  it('refuses days a month does not have, and years outside 1000-9999', () => {
    for (const date of [
      '2024-02-31',
      '2019-02-29',
      '1900-02-29',
      '2019-04-31',
      '2019-13-01',
      '2019-00-10',
      '2019-01-00',
      '2019-01-32',
      '0999-12-31',
      '0019-03-01',
      '0000-01-01',
      '2019-4-1',
      '+02019-04-01',
      '2019-04-01T00:00',
      '',
    ]) {
      expect(isIsoDate(date), date).toBe(false);
    }
  });
});

describe('isMonthKey', () => {
  it('accepts real months of years 1000-9999 only', () => {
    expect(isMonthKey('2019-03')).toBe(true);
    expect(isMonthKey('9999-12')).toBe(true);
    for (const key of ['2019-13', '2019-00', '0000-01', '0999-12', '2019-3', '12019-01', '']) {
      expect(isMonthKey(key), key).toBe(false);
    }
  });
});
