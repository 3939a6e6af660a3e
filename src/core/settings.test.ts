import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  defaultPostLanguage,
  fallbackSectionName,
  migrateSettings,
} from './settings';

describe('migrateSettings', () => {
  it('gives defaults for nothing stored', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid values and repairs invalid ones', () => {
    const settings = migrateSettings({
      seriesName: 'Web, Ops & Data',
      postLanguage: 'de',
      timeZone: 42,
      extra: true,
    });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, seriesName: 'Web, Ops & Data' });
  });
});

describe('fallback section', () => {
  it('follows the post language unless set', () => {
    expect(fallbackSectionName({ ...DEFAULT_SETTINGS, postLanguage: 'fr' })).toBe('Divers');
    expect(fallbackSectionName({ ...DEFAULT_SETTINGS, postLanguage: 'en' })).toBe('Misc');
    expect(fallbackSectionName({ ...DEFAULT_SETTINGS, fallbackSection: ' Autres ' })).toBe(
      'Autres',
    );
  });

  it('suggests the post language from the UI language', () => {
    expect(defaultPostLanguage('fr-CA')).toBe('fr');
    expect(defaultPostLanguage('en-US')).toBe('en');
  });
});
