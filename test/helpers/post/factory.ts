import { emptyMonth } from '../../../src/core/month-record';
/** Small records for rule tests: only what a test is about is spelled out. */
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Entry, MonthRecord, Settings } from '../../../src/core/types';

let counter = 0;

export function entry(fields: Partial<Entry> = {}): Entry {
  counter += 1;
  return {
    id: `e${counter}`,
    url: `https://example.org/${counter}`,
    title: `Title ${counter}`,
    note: '',
    tags: [],
    category: 'Cloud',
    monthKey: '2019-03',
    capturedAt: Date.UTC(2019, 2, 1) + counter * 60_000,
    updatedAt: 0,
    deletedAt: null,
    meta: {},
    ...fields,
  };
}

export function month(fields: Partial<MonthRecord> = {}): MonthRecord {
  return { ...emptyMonth('2019-03'), ...fields };
}

export function settings(fields: Partial<Settings> = {}): Settings {
  return {
    ...DEFAULT_SETTINGS,
    seriesName: 'Web, Ops & Data',
    postLanguage: 'fr',
    timeZone: 'Europe/Paris',
    ...fields,
  };
}
