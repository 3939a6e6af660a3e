import { migrateSettings } from '../core/settings';
import type { Settings } from '../core/types';
import { browser } from './browser';
import { debounceWrite } from './debounced-write';
import { browserDefaults, SETTINGS_KEY as KEY } from './settings-read';

export { loadSettings } from './settings-read';

/** Debounced like every sync write (see `debounceWrite`): a burst of changes is one write. */
export const saveSettings = debounceWrite(
  (settings: Settings) => browser.storage.sync.set({ [KEY]: migrateSettings(settings) }),
  { delayMs: 200 },
);

/** Calls back with fresh settings whenever another page or browser changes them. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && changes[KEY]) {
      onChange(migrateSettings(changes[KEY].newValue, browserDefaults()));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
