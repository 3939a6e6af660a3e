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
  /** Runs the job elsewhere; stops it (and settles) when `signal` aborts. */
  run(job: SyncJob, signal: AbortSignal): Promise<SyncOutcome>;
  saveStatus(status: SyncStatus): Promise<void>;
  saveSettings(settings: Settings, template: string): Promise<void>;
  saveBase(base: SyncJobSettingsBase): Promise<void>;
  deviceName: string;
  now(): number;
  /** An extension API call, which keeps the browser from stopping the worker mid-sync. */
  keepAwake(): void;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** A sync that has not ended after this long is stopped and said (a server that never answers). */
export const SYNC_DEADLINE_MS = 5 * 60_000;
/** Under the 30 s after which Chrome and Firefox stop an idle background. */
export const KEEP_AWAKE_MS = 20_000;

/** Runs the job with the worker kept awake, and stops it at the deadline. */
async function runWatched(deps: SyncRequestDeps, job: SyncJob): Promise<SyncOutcome> {
  const stop = new AbortController();
  let awake: unknown;
  const tick = () => {
    deps.keepAwake();
    awake = deps.setTimer(tick, KEEP_AWAKE_MS);
  };
  awake = deps.setTimer(tick, KEEP_AWAKE_MS);
  const deadline = deps.setTimer(
    () => stop.abort(new Error('the sync got no answer for 5 minutes and was stopped')),
    SYNC_DEADLINE_MS,
  );
  // Settles at the deadline even if the runner does not.
  const stopped = new Promise<never>((_resolve, reject) => {
    stop.signal.addEventListener('abort', () => reject(stop.signal.reason), { once: true });
  });
  try {
    return await Promise.race([deps.run(job, stop.signal), stopped]);
  } catch (error) {
    throw stop.signal.aborted ? stop.signal.reason : error;
  } finally {
    deps.clearTimer(awake);
    deps.clearTimer(deadline);
  }
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
    const job = { account, settings, template, base, deviceName: deps.deviceName };
    outcome = await runWatched(deps, job);
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
