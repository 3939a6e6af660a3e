import { type Mock, vi } from 'vitest';
import { EMPTY_PAGE, type RawPageMetadata } from '../../src/core/page-script';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { Settings } from '../../src/core/types';
import type { StoreChange } from '../../src/db/changes';
import type { VeilleDatabase } from '../../src/db/database';
import type { TargetTab } from '../../src/platform/tabs';
import type { CaptureDeps } from '../../src/popup/capture-deps';
import { testHotPath } from './db';

/** 15 March 2019, noon UTC: every capture in these tests is a March 2019 one. */
export const NOW = Date.UTC(2019, 2, 15, 12);

/** UTC, so the month of NOW does not depend on the machine running the tests. */
export const TEST_SETTINGS: Settings = { ...DEFAULT_SETTINGS, timeZone: 'UTC' };

/** What `extractPageMetadata` returns for a page that says nothing but its URL. */
export function rawPage(overrides: Partial<RawPageMetadata> = {}): RawPageMetadata {
  return { ...EMPTY_PAGE, ...overrides };
}

export const ARTICLE_URL = 'https://grafana.example/blog/v6?utm_source=newsletter&fbclid=abc';
export const ARTICLE_CLEAN_URL = 'https://grafana.example/blog/v6';

/**
 * A tab as `findTargetTab` gives it. `page: null` is a page no script may
 * read; otherwise the page says `url` and whatever `page` adds.
 */
export function fakeTab(
  url: string,
  { title = '', page = {} }: { title?: string; page?: Partial<RawPageMetadata> | null } = {},
): TargetTab {
  return {
    tabId: 7,
    url,
    title,
    page: Promise.resolve(page === null ? null : rawPage({ url, title, ...page })),
  };
}

/** The Grafana article of the e2e site, opened from a newsletter link. */
export function articleTab(page: Partial<RawPageMetadata> = {}): TargetTab {
  return fakeTab(ARTICLE_URL, {
    title: 'Grafana v6.0 Released - Grafana Labs',
    page: {
      ogTitle: 'Grafana v6.0 Released',
      siteName: 'Grafana Labs',
      description: 'Explore, Loki and more.',
      lang: 'en',
      ...page,
    },
  });
}

export interface FakeCaptureDeps extends CaptureDeps {
  /** The same database through Dexie, to seed and to check what the popup wrote. */
  db: VeilleDatabase;
  loadSettings: Mock<() => Promise<Settings>>;
  findTargetTab: Mock<(tabId: number | null) => Promise<TargetTab | null>>;
  /** What each write announced, in order. */
  changes: StoreChange[];
  close: Mock<() => void>;
  openLibrary: Mock<() => void>;
}

export interface FakeCaptureOptions {
  /** The tab the popup is about; `null` when there is none. Default: the article. */
  tab?: TargetTab | null;
  settings?: Partial<Settings>;
  db?: VeilleDatabase;
  now?: number;
}

/** Popup dependencies with a fresh database, a fixed clock and spies for the browser. */
export function fakeCaptureDeps(options: FakeCaptureOptions = {}): FakeCaptureDeps {
  const tab = options.tab === undefined ? articleTab() : options.tab;
  const settings = { ...TEST_SETTINGS, ...options.settings };
  const now = options.now ?? NOW;
  return {
    ...testHotPath(now, options.db),
    deferred: () => import('../../src/popup/deferred'),
    loadSettings: vi.fn(async () => settings),
    findTargetTab: vi.fn(async () => tab),
    close: vi.fn(),
    openLibrary: vi.fn(),
    now: () => now,
  };
}
