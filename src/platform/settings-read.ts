import { DEFAULT_SETTINGS, defaultPostLanguage, migrateSettings } from '../core/settings';
import type { Settings } from '../core/types';
import { browser } from './browser';
import { uiLanguage } from './i18n';

/**
 * Reading the settings, apart from writing and watching them (settings.ts):
 * the popup only reads them, and does not load the debounced writer.
 */
export const SETTINGS_KEY = 'settings';

/** Defaults that depend on the browser: the post language follows the UI's. */
export function browserDefaults(): Settings {
  return { ...DEFAULT_SETTINGS, postLanguage: defaultPostLanguage(uiLanguage()) };
}

/** Settings live in `storage.sync` so they follow the author between browsers. */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return migrateSettings(stored[SETTINGS_KEY], browserDefaults());
}
