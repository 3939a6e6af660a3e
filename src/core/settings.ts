import type { PostLanguage, Settings } from './types';

export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  seriesName: 'Veille',
  postLanguage: 'en',
  timeZone: '',
  fallbackSection: '',
  preset: 'hugo',
};

const POST_LANGUAGES: readonly PostLanguage[] = ['fr', 'en'];

/** The post language a browser UI language suggests on first run. */
export function defaultPostLanguage(uiLanguage: string): PostLanguage {
  return uiLanguage.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** The fallback section's name: the setting, or the post language's default. */
export function fallbackSectionName(settings: Settings): string {
  if (settings.fallbackSection.trim()) return settings.fallbackSection.trim();
  return settings.postLanguage === 'fr' ? 'Divers' : 'Misc';
}

const text = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value.slice(0, 500) : fallback;

/**
 * Reads whatever `storage.sync` holds (an older version, a hand-edited value,
 * nothing at all) into valid settings. Unknown keys are dropped, wrong types
 * fall back to defaults: a corrupt setting never breaks capture.
 * Migrations from older versions go here, in order, as the schema changes.
 */
export function migrateSettings(raw: unknown, defaults: Settings = DEFAULT_SETTINGS): Settings {
  const stored = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const language = stored.postLanguage;
  return {
    version: SETTINGS_VERSION,
    seriesName: text(stored.seriesName, defaults.seriesName),
    postLanguage: POST_LANGUAGES.includes(language as PostLanguage)
      ? (language as PostLanguage)
      : defaults.postLanguage,
    timeZone: text(stored.timeZone, defaults.timeZone),
    fallbackSection: text(stored.fallbackSection, defaults.fallbackSection),
    preset: text(stored.preset, defaults.preset) || defaults.preset,
  };
}
