import { type Mock, vi } from 'vitest';
import { DEFAULT_PUBLISHING, type PublishingSettings } from '../../src/core/publish';
import type { Settings } from '../../src/core/types';
import type { StoreChange } from '../../src/db/changes';
import type { VeilleDatabase } from '../../src/db/database';
import type { OptionsDeps, PublishingDeps } from '../../src/options/options-deps';
import { renderJob } from '../../src/options/render-job';
import type { RenderOutcome, RenderRequest } from '../../src/options/render-protocol';
import { NOW, TEST_SETTINGS } from './capture-deps';
import { testStore } from './db';

export interface FakeOptionsDeps extends OptionsDeps {
  loadSettings: Mock<() => Promise<Settings>>;
  saveSettings: Mock<(settings: Settings) => Promise<void>>;
  /** What each write announced, in order. */
  changes: StoreChange[];
  captureShortcut: Mock<() => Promise<string>>;
  openShortcutSettings: Mock<() => Promise<void>>;
  copyPost: Mock<(text: string, isHtml: boolean) => Promise<void>>;
  download: Mock<(fileName: string, text: string, mimeType: string) => void>;
  /** Renders in the test's own thread, as the worker would. */
  renderPost: Mock<(request: RenderRequest) => Promise<RenderOutcome>>;
  publishing: FakePublishingDeps;
  /** Calls what the page passed to `watchSettings`, as another page saving would. */
  emitSettings(settings: Settings): void;
}

export interface FakePublishingDeps extends PublishingDeps {
  /** What storage.local holds: the settings and the token. */
  stored: { settings: PublishingSettings; token: string };
  requestHostAccess: Mock<(pattern: string) => Promise<boolean>>;
  openTab: Mock<(url: string) => Promise<void>>;
  connect: Mock<PublishingDeps['connect']>;
  publish: Mock<PublishingDeps['publish']>;
}

/**
 * Settings → Publishing kept in memory, host access granted; `connect` and
 * `publish` are spies to give an answer to (the git layer itself is tested
 * against a real git server: src/app/publish/).
 */
export function fakePublishingDeps(): FakePublishingDeps {
  const stored = { settings: { ...DEFAULT_PUBLISHING }, token: '' };
  return {
    stored,
    load: async () => structuredClone(stored),
    save: async (settings, token) => {
      stored.settings = { ...settings };
      stored.token = token;
    },
    requestHostAccess: vi.fn(async () => true),
    openTab: vi.fn(async () => {}),
    connect: vi.fn(async () => {
      throw new Error('no answer given to connect in this test');
    }),
    publish: vi.fn(async () => {
      throw new Error('no answer given to publish in this test');
    }),
  };
}

/** Options page dependencies with a fresh database, a fixed clock (March 2019) and spies. */
export function fakeOptionsDeps(
  options: { db?: VeilleDatabase; settings?: Partial<Settings>; now?: number } = {},
): FakeOptionsDeps {
  const settings = { ...TEST_SETTINGS, ...options.settings };
  const listeners = new Set<(settings: Settings) => void>();
  const now = options.now ?? NOW;
  return {
    ...testStore(now, options.db),
    loadSettings: vi.fn(async () => settings),
    saveSettings: vi.fn(async () => {}),
    watchSettings: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emitSettings: (next) => {
      for (const listener of listeners) listener(next);
    },
    loadCustomTemplate: vi.fn(async () => ''),
    saveCustomTemplate: vi.fn(async () => {}),
    copyPost: vi.fn(async () => {}),
    captureShortcut: vi.fn(async () => 'Alt+Shift+V'),
    openShortcutSettings: vi.fn(async () => {}),
    download: vi.fn(),
    renderPost: vi.fn(async (request: RenderRequest) => renderJob(request)),
    editorUrl: (entryId) => `chrome-extension://veille/src/popup/index.html?entryId=${entryId}`,
    publishing: fakePublishingDeps(),
    // Folder access is Chromium's, tested end to end (publish-folder.chromium.e2e.test.ts).
    siteFolder: {
      supported: false,
      recall: async () => null,
      remember: async () => {},
      pick: async () => {
        throw new Error('no folder access in this test');
      },
      canWrite: async () => false,
      list: async () => [],
      listFiles: async () => [],
      read: async () => null,
      write: async () => {
        throw new Error('no folder access in this test');
      },
    },
    now: () => now,
  };
}
