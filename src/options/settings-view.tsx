import { useState } from 'preact/hooks';
import { migrateSettings } from '../core/settings';
import type { PostLanguage, Settings } from '../core/types';
import { t } from '../platform/i18n';
import type { OptionsDeps } from './options-deps';
import { TimeZoneField } from './time-zone-field';

/** Series name, post language, time zone and fallback section: saved to storage.sync. */
export function SettingsView({ deps, settings }: { deps: OptionsDeps; settings: Settings }) {
  const [draft, setDraft] = useState(settings);
  const [saved, setSaved] = useState<'idle' | 'saved' | 'failed'>('idle');
  const update = (changes: Partial<Settings>) => {
    setDraft({ ...draft, ...changes });
    setSaved('idle');
  };
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await deps.saveSettings(migrateSettings(draft));
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
          value={draft.seriesName}
          onInput={(e) => update({ seriesName: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for="post-language">{t('settingPostLanguage')}</label>
        <select
          id="post-language"
          value={draft.postLanguage}
          onChange={(e) => update({ postLanguage: e.currentTarget.value as PostLanguage })}
        >
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </div>
      <TimeZoneField value={draft.timeZone} onChange={(timeZone) => update({ timeZone })} />
      <div class="field">
        <label for="fallback">{t('settingFallback')}</label>
        <input
          id="fallback"
          type="text"
          placeholder={draft.postLanguage === 'fr' ? 'Divers' : 'Misc'}
          value={draft.fallbackSection}
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
