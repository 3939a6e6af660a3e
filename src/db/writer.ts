import type { BackupRecords, MergeCounts } from '../core/backup/merge';
import type { Entry, EntryId, MonthKey, MonthRecord } from '../core/types';
import { announceChange, type StoreChange } from './changes';
import type { VeilleDatabase } from './database';
import { type ImportOptions, importBackup } from './writes/backup';
import {
  deleteEntry,
  type EntryInput,
  purgeTombstones,
  restoreEntry,
  type SaveResult,
  saveEntry,
  setEntryOrder,
  updateEntry,
} from './writes/entries';
import { type MonthText, markPublished, saveMonthText } from './writes/months';

export type { EntryInput, ImportOptions, MonthText, SaveResult };

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

/**
 * The one way to write entries and months. Every write, whoever starts it
 * (popup, context menu, library, export, restore, and later sync and
 * import), is one transaction stamped with the hooks' clock, then announced
 * and followed by `afterWrite`. A write that fails throws a StoreError and
 * announces nothing.
 */
export interface Writer {
  saveEntry(input: EntryInput): Promise<SaveResult>;
  /** With `base` (the entry as the editor opened it), a change made meanwhile is merged or refused. */
  updateEntry(id: EntryId, changes: Partial<EntryInput>, base?: Entry): Promise<Entry>;
  deleteEntry(id: EntryId): Promise<void>;
  restoreEntry(id: EntryId): Promise<void>;
  setEntryOrder(orderedIds: readonly EntryId[]): Promise<void>;
  saveMonthText(key: MonthKey, changes: MonthText): Promise<MonthRecord>;
  markPublished(key: MonthKey, entryIds: EntryId[]): Promise<MonthRecord>;
  importBackup(backup: BackupRecords, options?: ImportOptions): Promise<MergeCounts>;
  purgeTombstones(): Promise<number>;
}

export function createWriter(db: VeilleDatabase, hooks: WriterHooks): Writer {
  const announce = hooks.announce ?? announceChange;
  /** Runs a write, then tells everyone what it changed. */
  async function write<T>(run: (now: number) => Promise<T>, changed: (result: T) => StoreChange) {
    const result = await run(hooks.now());
    const change = changed(result);
    announce(change);
    if (hooks.afterWrite) {
      void Promise.resolve(change)
        .then(hooks.afterWrite)
        .catch(() => undefined);
    }
    return result;
  }
  const entries = (...entryIds: EntryId[]): StoreChange => ({ entryIds, monthKeys: [] });
  const months = (...monthKeys: MonthKey[]): StoreChange => ({ entryIds: [], monthKeys });

  return {
    saveEntry: (input) =>
      write(
        (now) => saveEntry(db, input, now),
        (result) => entries(result.entry.id),
      ),
    updateEntry: (id, changes, base) =>
      write(
        (now) => updateEntry(db, id, changes, now, base),
        () => entries(id),
      ),
    deleteEntry: (id) =>
      write(
        (now) => deleteEntry(db, id, now),
        () => entries(id),
      ),
    restoreEntry: (id) =>
      write(
        (now) => restoreEntry(db, id, now),
        () => entries(id),
      ),
    setEntryOrder: (ids) =>
      write(
        (now) => setEntryOrder(db, ids, now),
        () => entries(...ids),
      ),
    saveMonthText: (key, changes) =>
      write(
        (now) => saveMonthText(db, key, changes, now),
        () => months(key),
      ),
    markPublished: (key, ids) =>
      write(
        (now) => markPublished(db, key, ids, now),
        () => months(key),
      ),
    importBackup: (backup, options = {}) =>
      write(
        (now) => importBackup(db, backup, now, options),
        () => ({
          entryIds: backup.entries.map((entry) => entry.id),
          monthKeys: backup.months.map((month) => month.id),
        }),
      ),
    purgeTombstones: () =>
      write(
        (now) => purgeTombstones(db, now),
        () => entries(),
      ),
  };
}
