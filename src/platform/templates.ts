import { browser } from './browser';

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

export async function saveCustomTemplate(template: string): Promise<void> {
  await browser.storage.sync.set({ [KEY]: template });
}
