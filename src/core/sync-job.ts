/**
 * The one message map of background sync, checked at each end. The worker
 * (which may not load the sync code) sends a job to the place that runs it
 * (Chrome: an offscreen document and its dedicated worker; Firefox: a
 * dedicated worker of the event page), and gets an outcome back. The job
 * carries what that place cannot read itself (an offscreen document and a
 * dedicated worker have no `storage` API): the account, the post's settings
 * and template, the settings as last agreed with the server. Pure, outside
 * `core/sync/`: the worker loads it.
 */
import type { Settings } from './types';

export interface SyncJobAccount {
  url: string;
  user: string;
  password: string;
  passphrase: string;
}

export interface SyncJobStatus {
  at: number;
  failure: string;
  detail: string;
  received: number;
  sent: number;
}

export interface SyncJobSettingsBase {
  values: Record<string, string>;
  hlc: string;
}

export interface SyncJob {
  account: SyncJobAccount;
  settings: Settings;
  template: string;
  base: SyncJobSettingsBase | undefined;
  deviceName: string;
}

/** What the sync changed that the worker must write (the sync's side has no storage API). */
export interface SyncOutcome {
  status: SyncJobStatus;
  /** The server's post settings won: the worker saves them. */
  settings?: { settings: Settings; template: string };
  /** The settings register as now agreed with the server. */
  base?: SyncJobSettingsBase;
}

/** The only runtime message between the worker and its sync document. */
export const RUN_SYNC = 'veille-run-sync';

export interface RunSyncMessage {
  type: typeof RUN_SYNC;
  job: SyncJob;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isBase = (value: unknown): value is SyncJobSettingsBase =>
  isRecord(value) && typeof value.hlc === 'string' && isRecord(value.values);

export function isSyncOutcome(value: unknown): value is SyncOutcome {
  if (!isRecord(value) || !isRecord(value.status)) return false;
  const { status } = value;
  const settings = value.settings;
  return (
    typeof status.at === 'number' &&
    typeof status.failure === 'string' &&
    typeof status.detail === 'string' &&
    typeof status.received === 'number' &&
    typeof status.sent === 'number' &&
    (settings === undefined ||
      (isRecord(settings) &&
        isRecord(settings.settings) &&
        typeof settings.template === 'string')) &&
    (value.base === undefined || isBase(value.base))
  );
}

/**
 * An outcome saying the background sync could not run or end (its runner
 * failed, not the server): failure `background`, retried by the next trigger.
 */
export function localFailure(at: number, error: unknown): SyncOutcome {
  const detail = error instanceof Error ? error.message : String(error);
  return { status: { at, failure: 'background', detail, received: 0, sent: 0 } };
}
