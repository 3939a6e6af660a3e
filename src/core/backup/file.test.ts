import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate, isMonthKey } from '../dates';
import { emptyMonth } from '../month-record';
import { BACKUP_FORMAT, BACKUP_VERSION, parseBackup } from './file';

const entry = (fields: Record<string, unknown> = {}) => ({
  id: 'e1',
  url: 'https://example.org/a',
  title: 'A',
  note: '',
  tags: [],
  category: '',
  monthKey: '2019-03',
  capturedAt: Date.UTC(2019, 2, 1),
  updatedAt: Date.UTC(2019, 2, 1),
  deletedAt: null,
  meta: {},
  ...fields,
});
const month = (fields: Record<string, unknown> = {}) => ({
  ...emptyMonth('2019-03'),
  updatedAt: Date.UTC(2019, 2, 1),
  ...fields,
});

/** The text of a backup holding these records, written by hand (`1e20` stays `1e20`). */
function file(entries: unknown[], months: unknown[]): string {
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: '2019-03-15T12:00:00.000Z',
    entries,
    months,
  });
}

const refusedField = (entries: unknown[], months: unknown[] = []) => {
  const result = parseBackup(file(entries, months));
  return result.ok ? null : result.record;
};

describe('parseBackup refuses impossible dates and times', () => {
  it('times no date prints, fractions and negative times', () => {
    for (const value of [1e20, -1e300, 8.64e15, -1, 1.5, 253402214400000]) {
      for (const field of ['capturedAt', 'updatedAt', 'deletedAt']) {
        expect(refusedField([entry({ [field]: value })]), `${field} ${value}`).toMatchObject({
          list: 'entries',
          field,
          fault: 'invalid-value',
        });
      }
      for (const field of ['updatedAt', 'deletedAt', 'publishedAt']) {
        expect(refusedField([], [month({ [field]: value })]), `${field} ${value}`).toMatchObject({
          list: 'months',
          field,
          fault: 'invalid-value',
        });
      }
    }
  });

  it('days a month does not have, months that do not exist', () => {
    for (const publishDate of ['2024-02-31', '2019-02-29', '2019-13-01', '0000-01-01']) {
      expect(refusedField([], [month({ publishDate })]), publishDate).toMatchObject({
        field: 'publishDate',
        fault: 'invalid-value',
      });
    }
    for (const key of ['2019-00', '0000-01', '0999-12']) {
      expect(refusedField([entry({ monthKey: key })]), key).toMatchObject({ field: 'monthKey' });
      expect(refusedField([], [month({ id: key })]), key).toMatchObject({ field: 'id' });
    }
  });

  it('still reads the extremes of the range', () => {
    const result = parseBackup(
      file(
        [entry({ capturedAt: 0, updatedAt: 253402214399999, deletedAt: 1000 })],
        [month({ publishDate: '2024-02-29', publishedAt: 0 })],
      ),
    );
    expect(result.ok).toBe(true);
  });
});

/** Numbers a hand-edited or hostile file may hold where a time goes. */
const anyNumber = fc.oneof(
  { arbitrary: fc.integer({ min: -1e3, max: 3e14 }), weight: 4 },
  fc.integer({ min: -1e16, max: 1e16 }),
  fc.double(),
  fc.constantFrom(0, -1, 8.64e15, -8.64e15, 253402214399999, 253402214400000, 1e20, -1e300),
);
const anyDate = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 0, max: 99999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  fc.string(),
);

/** A time prints as a date in every time zone, without "Invalid Date". */
function expectPrintable(time: number) {
  const date = new Date(time);
  expect(String(date)).not.toBe('Invalid Date');
  expect(date.toISOString()).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  for (const timeZone of ['Etc/GMT+12', 'Pacific/Kiritimati']) {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' }).format(date);
    expect(isIsoDate(parts), `${time} in ${timeZone}`).toBe(true);
  }
}

describe('property: every accepted backup prints its dates', () => {
  it('times print as dates, publish dates and month keys are real', () => {
    fc.assert(
      fc.property(
        anyNumber,
        anyNumber,
        fc.option(anyNumber),
        fc.option(anyNumber),
        fc.option(anyDate),
        (capturedAt, updatedAt, deletedAt, publishedAt, publishDate) => {
          const result = parseBackup(
            file(
              [entry({ capturedAt, updatedAt, deletedAt })],
              [month({ updatedAt, publishedAt, publishDate })],
            ),
          );
          if (!result.ok) return;
          for (const e of result.backup.entries) {
            for (const t of [e.capturedAt, e.updatedAt, e.deletedAt])
              if (t !== null) expectPrintable(t);
            expect(isMonthKey(e.monthKey)).toBe(true);
          }
          for (const m of result.backup.months) {
            for (const t of [m.updatedAt, m.deletedAt, m.publishedAt])
              if (t !== null) expectPrintable(t);
            if (m.publishDate !== null) expect(isIsoDate(m.publishDate)).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
