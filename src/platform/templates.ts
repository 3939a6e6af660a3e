import { browser } from './browser';
import { debounceWrite } from './debounced-write';

const KEY = 'customTemplate';

/**
 * The author's own post template, in `storage.sync` so it follows them
 * between browsers (8 KB per item there: the UI reports a longer one).
 */
export async function loadCustomTemplate(): Promise<string> {
  const stored = await browser.storage.sync.get(KEY);
  const value = stored[KEY];
  return typeof value === 'string' ? value : '';
}

/**
 * Saves the template as it is typed: writes are debounced (see
 * `debounceWrite`), and the last change is written when the page is hidden.
 */
export const saveCustomTemplate = debounceWrite((template: string) =>
  browser.storage.sync.set({ [KEY]: template }),
);
// In the options page (the worker, which also imports this module, has no pagehide).
addEventListener('pagehide', () => void saveCustomTemplate.flush().catch(() => undefined));
