/**
 * UI strings come from `_locales/<lang>/messages.json` through the browser's
 * i18n API, which exists under `chrome.i18n` in Chrome and Firefox alike.
 * Read directly (not through webextension-polyfill) so that components stay
 * light and testable: tests install a `chrome.i18n` that reads the English file.
 */
import type { MessageKey } from './message-keys';

export type { MessageKey };

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

function api(): I18nApi | undefined {
  return (globalThis as { chrome?: { i18n?: I18nApi } }).chrome?.i18n;
}

/** The localized string for `key`; the key itself when missing, so a gap is visible. */
export function t(key: MessageKey, ...substitutions: string[]): string {
  const message = api()?.getMessage(key, substitutions);
  return message || key;
}

/** The browser's UI language, e.g. `fr` or `en-US`. */
export function uiLanguage(): string {
  return api()?.getUILanguage() ?? 'en';
}
