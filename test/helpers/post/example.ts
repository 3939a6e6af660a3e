/**
 * The golden example (test/fixtures/example-2019-03/, see docs/post-format.md)
 * read into the store's records, as its README asks: raw URLs cleaned as at
 * capture, capture times to epoch milliseconds, the month decided in the
 * author's time zone unless the author moved the entry.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { monthOf } from '../../../src/core/month';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import type { Entry, MonthRecord, PostLanguage, Settings } from '../../../src/core/types';
import { cleanUrl } from '../../../src/core/url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXAMPLE_DIR = path.join(repoRoot, 'test', 'fixtures', 'example-2019-03');

interface ExampleEntry {
  url: string;
  title: string;
  note: string;
  tags: string[];
  category: string;
  capturedAt: string;
  month?: string;
}

interface ExampleMonth {
  month: string;
  intro?: string;
  outro?: string;
  sectionIntros?: Record<string, string>;
  sectionOrder?: string[];
  titleOverride?: string;
}

interface ExampleSettings {
  seriesName: string;
  language: PostLanguage;
  timeZone: string;
  preset: string;
  publishDate: string;
}

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(EXAMPLE_DIR, name), 'utf8')) as T;
}

export function readExpected(name: string): string {
  return readFileSync(path.join(EXAMPLE_DIR, name), 'utf8');
}

export interface Example {
  entries: Entry[];
  month: MonthRecord;
  settings: Settings;
  publishDate: string;
  preset: string;
}

export function loadExample(): Example {
  const rawSettings = readJson<ExampleSettings>('settings.json');
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    seriesName: rawSettings.seriesName,
    postLanguage: rawSettings.language,
    timeZone: rawSettings.timeZone,
    preset: rawSettings.preset,
  };
  const entries = readJson<ExampleEntry[]>('entries.json').map((raw, i): Entry => {
    const clean = cleanUrl(raw.url);
    if (!clean.ok) throw new Error(`example entry ${i}: URL refused (${clean.reason})`);
    const capturedAt = Date.parse(raw.capturedAt);
    return {
      id: `example-${i}`,
      url: clean.url,
      title: raw.title,
      note: raw.note,
      tags: raw.tags,
      category: raw.category,
      monthKey: raw.month ?? monthOf(capturedAt, settings.timeZone),
      capturedAt,
      updatedAt: capturedAt,
      deletedAt: null,
      meta: {},
    };
  });
  const rawMonth = readJson<ExampleMonth>('month.json');
  const month: MonthRecord = {
    id: rawMonth.month,
    intro: rawMonth.intro ?? '',
    outro: rawMonth.outro ?? '',
    sectionIntros: rawMonth.sectionIntros ?? {},
    sectionOrder: rawMonth.sectionOrder ?? [],
    titleOverride: rawMonth.titleOverride ?? '',
    publishDate: rawSettings.publishDate,
    publishedAt: null,
    publishedEntryIds: [],
    updatedAt: 0,
    deletedAt: null,
  };
  return {
    entries,
    month,
    settings,
    publishDate: rawSettings.publishDate,
    preset: rawSettings.preset,
  };
}
