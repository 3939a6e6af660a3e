import { useState } from 'preact/hooks';
import { migrateSettings } from '../core/settings';
import type { PostLanguage, Settings } from '../core/types';
import { t } from '../platform/i18n';
import type { OptionsDeps } from './options-deps';
import { TimeZoneField } from './time-zone-field';

/** Series name, post language, time zone and fallback section: saved to storage.sync. */
export function SettingsView({ deps, settings }: { deps: OptionsDeps; settings: Settings }) {
  const [edited, setEdited] = useState(settings);
  const [saved, setSaved] = useState<'idle' | 'saved' | 'failed'>('idle');
  const update = (changes: Partial<Settings>) => {
    setEdited({ ...edited, ...changes });
    setSaved('idle');
  };
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await deps.saveSettings(migrateSettings(edited));
      setSaved('saved');
    } catch {
      setSaved('failed');
    }
  };
  return (
    <form class="settings" onSubmit={save}>
      <div class="field">
        <label for="series">{t('settingSeries')}</label>
        <input
          id="series"
          type="text"
          value={edited.seriesName}
          onInput={(e) => update({ seriesName: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="post-language">{t('settingPostLanguage')}</label>
        <select
          id="post-language"
          value={edited.postLanguage}
          onChange={(e) => update({ postLanguage: e.currentTarget.value as PostLanguage })}
        >
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </div>
      <TimeZoneField value={edited.timeZone} onChange={(timeZone) => update({ timeZone })} />
      <div class="field">
        <label for="fallback">{t('settingFallback')}</label>
        <input
          id="fallback"
          type="text"
          placeholder={edited.postLanguage === 'fr' ? 'Divers' : 'Misc'}
          value={edited.fallbackSection}
          onInput={(e) => update({ fallbackSection: e.currentTarget.value })}
        />
      </div>
      <button type="submit" class="primary">
        {t('saveSettings')}
      </button>
      <p role="status" class={saved === 'failed' ? 'error' : ''}>
        {saved === 'saved' && t('settingsSaved')}
        {saved === 'failed' && t('settingsFailed')}
      </p>
    </form>
  );
}
