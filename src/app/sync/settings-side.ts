/**
 * The settings that shape the post (series name, post language, time zone,
 * fallback section, preset, the author's template) travel as one register:
 * the later stamp wins. The browser keeps them in `storage.sync`; the stamp
 * and the values last agreed with the server are kept beside the account.
 * A browser that never synced has no stamp yet (''), below every stamp, so
 * connecting a second browser takes the server's settings rather than
 * replacing them with its defaults.
 */
import { migrateSettings } from '../../core/settings';
import { nextStamp } from '../../core/sync/hlc';
import { type SyncSettings, sameJson } from '../../core/sync/records';
import type { Settings } from '../../core/types';

export interface SettingsSide {
  /** The current values, as strings. */
  read(): Promise<Record<string, string>>;
  write(values: Record<string, string>): Promise<void>;
  /** The register as last agreed with the server, or undefined before the first sync. */
  loadBase(): Promise<SyncSettings | undefined>;
  saveBase(base: SyncSettings): Promise<void>;
}

/** The post's settings as strings, and back (the template is one more value). */
export function settingsValues(settings: Settings, template: string): Record<string, string> {
  return {
    seriesName: settings.seriesName,
    postLanguage: settings.postLanguage,
    timeZone: settings.timeZone,
    fallbackSection: settings.fallbackSection,
    preset: settings.preset,
    template,
  };
}

export function settingsFrom(
  values: Record<string, string>,
  current: Settings,
): { settings: Settings; template: string } {
  const { template = '', ...rest } = values;
  return { settings: migrateSettings({ ...current, ...rest }, current), template };
}

/** This browser's register: the base if nothing changed since, else a new stamp. */
export async function localSettings(
  side: SettingsSide,
  device: string,
  now: number,
): Promise<SyncSettings> {
  const [values, base] = await Promise.all([side.read(), side.loadBase()]);
  if (!base) return { values, hlc: '' };
  if (sameJson(base.values, values)) return base;
  return { values, hlc: nextStamp(now, device, base.hlc) };
}
