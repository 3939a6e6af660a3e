import { type Mock, vi } from 'vitest';
import type { Settings } from '../../src/core/types';
import type { StoreChange } from '../../src/db/changes';
import type { VeilleDatabase } from '../../src/db/database';
import type { OptionsDeps } from '../../src/options/options-deps';
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
  /** Calls what the page passed to `watchSettings`, as another page saving would. */
  emitSettings(settings: Settings): void;
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
    now: () => now,
  };
}
