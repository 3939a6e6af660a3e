import { describe, expect, it } from 'vitest';
import { month } from '../../../test/helpers/post/factory';
import { defaultPublishDate, isFutureDate, isIsoDate } from './date';

describe('publication date (rule 10)', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isIsoDate('2019-04-01')).toBe(true);
    expect(isIsoDate('2020-02-29')).toBe(true);
    for (const bad of [
      '2019-02-29',
      '2019-13-01',
      '2019-4-1',
      '01/04/2019',
      '',
      '2019-04-01T00:00',
    ]) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('defaults to today in the author time zone, or the month own date', () => {
    // 31 March 23:30 in Paris is already 1 April in Tokyo.
    const now = Date.parse('2019-03-31T23:30:00+02:00');
    expect(defaultPublishDate(month(), now, 'Europe/Paris')).toBe('2019-03-31');
    expect(defaultPublishDate(month(), now, 'Asia/Tokyo')).toBe('2019-04-01');
    expect(defaultPublishDate(month({ publishDate: '2019-04-02' }), now, 'Europe/Paris')).toBe(
      '2019-04-02',
    );
  });

  it('falls back to today for a stored date that is not a real one (an older database)', () => {
    const now = Date.parse('2019-03-31T12:00:00+02:00');
    for (const publishDate of [
      '2024-02-31',
      '2019-02-29',
      '2019-13-01',
      '0000-01-01',
      '1 April',
      '',
    ]) {
      expect(defaultPublishDate(month({ publishDate }), now, 'Europe/Paris'), publishDate).toBe(
        '2019-03-31',
      );
    }
  });

  it('tells a future date, which Hugo and Jekyll would not publish', () => {
    const now = Date.parse('2019-03-31T23:30:00+02:00');
    expect(isFutureDate('2019-04-01', now, 'Europe/Paris')).toBe(true);
    expect(isFutureDate('2019-04-01', now, 'Asia/Tokyo')).toBe(false);
    expect(isFutureDate('2019-03-31', now, 'Europe/Paris')).toBe(false);
  });
});
