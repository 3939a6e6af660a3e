/**
 * The settings that shape the post (series name, post language, time zone,
 * fallback section, preset, the author's template) travel as one register:
 * the later stamp wins. The browser keeps them in `storage.sync`; the stamp
 * and the values last agreed with the server are kept beside the account.
 * A browser that never synced has no stamp yet (''), below every stamp, so
 * connecting a second browser takes the server's settings rather than
 * replacing them with its defaults.
 */
import { nextStamp } from '../../core/sync/hlc';
import { type SyncSettings, sameJson } from '../../core/sync/records';

export interface SettingsSide {
  /** The current values, as strings. */
  read(): Promise<Record<string, string>>;
  write(values: Record<string, string>): Promise<void>;
  /** The register as last agreed with the server, or undefined before the first sync. */
  loadBase(): Promise<SyncSettings | undefined>;
  saveBase(base: SyncSettings): Promise<void>;
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
