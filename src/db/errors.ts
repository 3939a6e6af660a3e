import type { EditField } from '../core/edit-merge';
import type { Entry } from '../core/types';

/** Why a write failed, in terms the UI can explain to the author. */
export type StoreFailure =
  | 'disk-full'
  | 'duplicate-url'
  | 'not-found'
  | 'conflict'
  /** The database is at an older schema: the options page (Dexie) upgrades it. */
  | 'needs-upgrade'
  /** The database is at a newer schema than this build knows (a rollback). */
  | 'unknown-version'
  | 'unknown';

export class StoreError extends Error {
  constructor(
    readonly failure: StoreFailure,
    cause?: unknown,
  ) {
    super(`store: ${failure}`, { cause });
    this.name = 'StoreError';
  }
}

/**
 * An edit saved over an entry that changed elsewhere since the editor opened
 * it, in a field the editor changed too: nothing was written. `stored` is the
 * entry as it is now, for the author to compare.
 */
export class EditConflict extends StoreError {
  constructor(
    readonly stored: Entry,
    readonly fields: EditField[],
  ) {
    super('conflict');
    this.name = 'EditConflict';
  }
}

/**
 * Maps IndexedDB errors, as Dexie or idb report them, to a failure the UI
 * has a message for. By name, not by class: the popup and the worker do not
 * load Dexie.
 */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const named = error as { name?: unknown; failures?: unknown[]; inner?: unknown } | null;
  const name = typeof named?.name === 'string' ? named.name : '';
  // A bulk write rejects with its operations' errors inside; an aborted
  // transaction may carry the error that aborted it (a full disk at commit).
  if (name === 'BulkError' && named?.failures?.[0]) return toStoreError(named.failures[0]);
  if (name === 'AbortError' && named?.inner instanceof Error) return toStoreError(named.inner);
  if (name === 'QuotaExceededError') return new StoreError('disk-full', error);
  if (name === 'ConstraintError') return new StoreError('duplicate-url', error);
  return new StoreError('unknown', error);
}
