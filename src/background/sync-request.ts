/**
 * What the worker does when its schedule asks for a sync: gather what the
 * sync's side cannot read (the account, the post's settings), hand the job
 * to the runner (Chrome: the offscreen document; Firefox: a dedicated
 * worker), and save what comes back: the status the options page shows,
 * and the post's settings when the server's won. The account travels only
 * in that in-extension message, and never into a log.
 */
import type { SyncJob, SyncJobSettingsBase, SyncOutcome } from '../core/sync-job';
import { localFailure } from '../core/sync-job';
import type { Settings } from '../core/types';
import type { SyncAccount, SyncStatus } from '../platform/sync-account';

export interface SyncRequestDeps {
  loadAccount(): Promise<SyncAccount | undefined>;
  loadSettings(): Promise<Settings>;
  loadTemplate(): Promise<string>;
  loadBase(): Promise<SyncJobSettingsBase | undefined>;
  run(job: SyncJob): Promise<SyncOutcome>;
  saveStatus(status: SyncStatus): Promise<void>;
  saveSettings(settings: Settings, template: string): Promise<void>;
  saveBase(base: SyncJobSettingsBase): Promise<void>;
  deviceName: string;
  now(): number;
}

/** Runs one background sync; settles when it has ended and its outcome is saved. */
export async function requestSync(deps: SyncRequestDeps): Promise<void> {
  const account = await deps.loadAccount();
  if (!account) return;
  let outcome: SyncOutcome;
  try {
    const [settings, template, base] = await Promise.all([
      deps.loadSettings(),
      deps.loadTemplate(),
      deps.loadBase(),
    ]);
    outcome = await deps.run({ account, settings, template, base, deviceName: deps.deviceName });
  } catch (error) {
    outcome = localFailure(deps.now(), error);
  }
  // The author may have disconnected meanwhile: then nothing of the old account is kept.
  if (!(await deps.loadAccount())) return;
  try {
    if (outcome.settings) {
      await deps.saveSettings(outcome.settings.settings, outcome.settings.template);
    }
    if (outcome.base) await deps.saveBase(outcome.base);
  } catch (error) {
    // The library is synced, the post's settings are not: said, and the next sync retries.
    outcome = localFailure(deps.now(), error);
  }
  await deps.saveStatus(outcome.status);
}
