/**
 * When the background asks for a sync: pure, so the worker's rule is tested
 * in Node and costs the worker a few hundred bytes. It is outside
 * `core/sync/` on purpose: the worker loads nothing of the sync engine.
 */

/** What woke the background. */
export type SyncTrigger = 'startup' | 'alarm' | 'change';

/** The last sync's outcome as the background reads it (from storage.local). */
export interface LastSync {
  /** When it ended (this device's clock). */
  at: number;
  /** A sync failure's kind, or '' when it succeeded. */
  failure: string;
}

export interface SyncTriggerInput {
  trigger: SyncTrigger;
  /** An account is connected in this browser. */
  connected: boolean;
  last: LastSync | undefined;
  now: number;
  /** A change written by a sync itself: nothing new to send. */
  fromSync?: boolean;
}

/** A periodic sync waits at least this long after the last one ended. */
export const MIN_GAP_MS = 60_000;

/**
 * Failures that only the author can mend (a wrong password, a wrong address, a
 * missing passphrase): the background does not retry them on its own more than
 * once an hour, so a wrong password is not sent to the server every few minutes.
 * A change or Sync now (in the options page) still tries at once.
 */
const NEEDS_THE_AUTHOR = new Set([
  'auth',
  'forbidden',
  'not-found',
  'newer-format',
  'passphrase-needed',
  'wrong-passphrase',
]);
export const AUTHOR_FAILURE_GAP_MS = 60 * 60_000;

/** Whether the background should ask for a sync now. */
export function shouldSync({ trigger, connected, last, now, fromSync }: SyncTriggerInput): boolean {
  if (!connected) return false;
  if (trigger === 'change') return !fromSync;
  if (trigger === 'startup' || !last) return true;
  // A clock set back: the last sync looks to be in the future; sync rather than wait.
  const since = now - last.at;
  if (since < 0) return true;
  const gap = NEEDS_THE_AUTHOR.has(last.failure) ? AUTHOR_FAILURE_GAP_MS : MIN_GAP_MS;
  return since >= gap;
}
