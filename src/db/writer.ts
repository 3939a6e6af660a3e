import type { BackupRecords, MergeCounts } from '../core/backup/merge';
import type { ImportPlan } from '../core/import/plan';
import type { SyncPlan } from '../core/sync/plan';
import type { EntryId, MonthKey, MonthRecord } from '../core/types';
import type { VeilleDatabase } from './database';
import {
  announcingWrites,
  createEntryWriter,
  type EntryWriter,
  entriesChanged,
  monthsChanged,
  type WriterHooks,
} from './entry-writer';
import { type ImportOptions, importBackup } from './writes/backup';
import {
  dexieEntryWrites,
  type EntryInput,
  type SaveResult,
  setEntryOrder,
} from './writes/entries';
import { type MonthText, markPublished, saveMonthText } from './writes/months';
import { importPosts } from './writes/posts';
import { applySync } from './writes/sync';

export type { EntryInput, EntryWriter, ImportOptions, MonthText, SaveResult, WriterHooks };

/**
 * The one way to write entries and months from the options page (Dexie's
 * door): the capture's writes, plus the library's (order), the export's
 * (month text, publication) and the restore. Every write, whoever starts it
 * (and later sync and import), is one transaction stamped with the hooks'
 * clock, then announced and followed by `afterWrite`.
 */
export interface Writer extends EntryWriter {
  setEntryOrder(orderedIds: readonly EntryId[]): Promise<void>;
  saveMonthText(key: MonthKey, changes: MonthText): Promise<MonthRecord>;
  markPublished(key: MonthKey, entryIds: EntryId[]): Promise<MonthRecord>;
  importBackup(backup: BackupRecords, options?: ImportOptions): Promise<MergeCounts>;
  /** Past posts (src/core/import): the plan applied whole, or nothing. Returns what was done. */
  importPosts(plan: ImportPlan): Promise<ImportPlan>;
  /** A sync's local half (src/core/sync/plan.ts): records as the server has them, stamps kept. */
  applySync(plan: Pick<SyncPlan, 'putEntries' | 'putMonths' | 'dropEntryIds'>): Promise<void>;
}

export function createWriter(db: VeilleDatabase, hooks: WriterHooks): Writer {
  const write = announcingWrites(hooks);
  return {
    ...createEntryWriter(dexieEntryWrites(db), hooks),
    setEntryOrder: (ids) =>
      write(
        (now) => setEntryOrder(db, ids, now),
        () => entriesChanged(...ids),
      ),
    saveMonthText: (key, changes) =>
      write(
        (now) => saveMonthText(db, key, changes, now),
        () => monthsChanged(key),
      ),
    markPublished: (key, ids) =>
      write(
        (now) => markPublished(db, key, ids, now),
        () => monthsChanged(key),
      ),
    importBackup: (backup, options = {}) =>
      write(
        (now) => importBackup(db, backup, now, options),
        () => ({
          entryIds: backup.entries.map((entry) => entry.id),
          monthKeys: backup.months.map((month) => month.id),
        }),
      ),
    importPosts: (plan) =>
      write(
        (now) => importPosts(db, plan, now),
        (applied) => ({
          entryIds: applied.putEntries.map((entry) => entry.id),
          monthKeys: applied.putMonths.map((month) => month.id),
        }),
      ),
    applySync: (plan) =>
      write(
        async () => {
          await applySync(db, plan);
        },
        () => ({
          entryIds: [...plan.putEntries.map((entry) => entry.id), ...plan.dropEntryIds],
          monthKeys: plan.putMonths.map((month) => month.id),
          fromSync: true,
        }),
      ),
  };
}
