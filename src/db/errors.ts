import Dexie from 'dexie';
import type { EditField } from '../core/edit-merge';
import type { Entry } from '../core/types';

/** Why a write failed, in terms the UI can explain to the author. */
export type StoreFailure = 'disk-full' | 'duplicate-url' | 'not-found' | 'conflict' | 'unknown';

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

/** Maps Dexie/IndexedDB errors to a failure the UI has a message for. */
export function toStoreError(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  // A bulk write rejects with its operations' errors inside; an aborted
  // transaction may carry the error that aborted it (a full disk at commit).
  if (error instanceof Dexie.BulkError && error.failures[0]) {
    return toStoreError(error.failures[0]);
  }
  if (error instanceof Dexie.AbortError && error.inner instanceof Error) {
    return toStoreError(error.inner);
  }
  if (error instanceof Dexie.QuotaExceededError) return new StoreError('disk-full', error);
  if (error instanceof Dexie.ConstraintError) return new StoreError('duplicate-url', error);
  if (error instanceof Error && error.name === 'QuotaExceededError') {
    return new StoreError('disk-full', error);
  }
  return new StoreError('unknown', error);
}
