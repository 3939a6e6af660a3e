import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../core/settings';
import { localSettings, type SettingsSide, settingsFrom, settingsValues } from './settings-side';

const NOW = Date.UTC(2026, 10, 30, 12);

function side(
  values: Record<string, string>,
  base?: { values: Record<string, string>; hlc: string },
) {
  return {
    read: async () => values,
    write: async () => undefined,
    loadBase: async () => base,
    saveBase: async () => undefined,
  } satisfies SettingsSide;
}

describe('the post’s settings as a sync register', () => {
  it('round-trips the settings and the template through strings', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      seriesName: 'Web, Ops & Data',
      postLanguage: 'fr' as const,
    };
    const values = settingsValues(settings, '{{ title }}');
    expect(values).toMatchObject({
      seriesName: 'Web, Ops & Data',
      postLanguage: 'fr',
      template: '{{ title }}',
    });
    expect(settingsFrom(values, DEFAULT_SETTINGS)).toEqual({ settings, template: '{{ title }}' });
    // A value this Veille does not know is dropped by the settings' own migration.
    expect(settingsFrom({ ...values, postLanguage: 'xx' }, settings).settings.postLanguage).toBe(
      'fr',
    );
  });

  it('has no stamp before the first sync, keeps its stamp while unchanged, and moves past it on an edit', async () => {
    expect((await localSettings(side({ a: '1' }), 'abcdef123456', NOW)).hlc).toBe('');
    const base = { values: { a: '1' }, hlc: `${NOW + 60_000}.000000.zzzzzzzzzzzz` };
    expect(await localSettings(side({ a: '1' }, base), 'abcdef123456', NOW)).toBe(base);
    const edited = await localSettings(side({ a: '2' }, base), 'abcdef123456', NOW);
    expect(edited.hlc > base.hlc).toBe(true);
  });
});
