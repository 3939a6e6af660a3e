import type { Entry, EntryId, MonthKey } from '../core/types';
import { announceChange, type StoreChange } from './changes';
import type { EntryInput, SaveResult } from './entry-rules';
import type { EntryWrites } from './hot-store';

/** What every write owes the rest of the extension, wired by each page and the worker. */
export interface WriterHooks {
  /** The clock that stamps `updatedAt` (tests fix it). */
  now(): number;
  /**
   * After each committed write, not awaited (the author's write is done):
   * refresh the badge. Its failures are ignored: it is feedback only.
   */
  afterWrite?(change: StoreChange): Promise<void> | void;
  /** Defaults to the BroadcastChannel announcement; tests may listen instead. */
  announce?(change: StoreChange): void;
}

/** Runs writes stamped with the hooks' clock, then tells everyone what each changed. */
export function announcingWrites(hooks: WriterHooks) {
  const announce = hooks.announce ?? announceChange;
  return async function write<T>(
    run: (now: number) => Promise<T>,
    changed: (result: T) => StoreChange,
  ): Promise<T> {
    const result = await run(hooks.now());
    const change = changed(result);
    announce(change);
    if (hooks.afterWrite) {
      void Promise.resolve(change)
        .then(hooks.afterWrite)
        .catch(() => undefined);
    }
    return result;
  };
}

export const entriesChanged = (...entryIds: EntryId[]): StoreChange => ({
  entryIds,
  monthKeys: [],
});
export const monthsChanged = (...monthKeys: MonthKey[]): StoreChange => ({
  entryIds: [],
  monthKeys,
});

/**
 * The writes of a capture, on whichever door the page or worker has (idb on
 * the hot path, Dexie in the options page): every one is one transaction
 * stamped with the hooks' clock, then announced and followed by `afterWrite`.
 * A write that fails throws a StoreError and announces nothing.
 */
export interface EntryWriter {
  saveEntry(input: EntryInput): Promise<SaveResult>;
  /** With `base` (the entry as the editor opened it), a change made meanwhile is merged or refused. */
  updateEntry(id: EntryId, changes: Partial<EntryInput>, base?: Entry): Promise<Entry>;
  deleteEntry(id: EntryId): Promise<void>;
  restoreEntry(id: EntryId): Promise<void>;
  purgeTombstones(): Promise<number>;
}

export function createEntryWriter(writes: EntryWrites, hooks: WriterHooks): EntryWriter {
  const write = announcingWrites(hooks);
  return {
    saveEntry: (input) =>
      write(
        (now) => writes.saveEntry(input, now),
        (result) => entriesChanged(result.entry.id),
      ),
    updateEntry: (id, changes, base) =>
      write(
        (now) => writes.updateEntry(id, changes, now, base),
        () => entriesChanged(id),
      ),
    deleteEntry: (id) =>
      write(
        (now) => writes.setDeletedAt(id, now, now),
        () => entriesChanged(id),
      ),
    restoreEntry: (id) =>
      write(
        (now) => writes.setDeletedAt(id, null, now),
        () => entriesChanged(id),
      ),
    purgeTombstones: () =>
      write(
        (now) => writes.purgeTombstones(now),
        () => entriesChanged(),
      ),
  };
}
