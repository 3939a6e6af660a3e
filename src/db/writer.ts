import type { BackupRecords, MergeCounts } from '../core/backup/merge';
import type { BulkEdit } from '../core/curation';
import type { BookmarkPlan } from '../core/import/bookmarks-plan';
import type { ImportPlan } from '../core/import/plan';
import type { SyncPlan } from '../core/sync/plan';
import type { EntryId, MonthKey, MonthRecord, PublishedTo } from '../core/types';
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
import { importBookmarks } from './writes/bookmarks';
import { bulkEdit, type CurationResult, renameCategory, renameTag } from './writes/curation';
import {
  dexieEntryWrites,
  type EntryInput,
  type SaveResult,
  setEntryOrder,
} from './writes/entries';
import { type MonthText, markPublished, saveMonthText } from './writes/months';
import { importPosts } from './writes/posts';
import { applySync } from './writes/sync';

export type {
  CurationResult,
  EntryInput,
  EntryWriter,
  ImportOptions,
  MonthText,
  SaveResult,
  WriterHooks,
};

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
  /** The month published with these entries; `publishedTo` when Veille committed the post itself. */
  markPublished(
    key: MonthKey,
    entryIds: EntryId[],
    publishedTo?: PublishedTo,
  ): Promise<MonthRecord>;
  importBackup(backup: BackupRecords, options?: ImportOptions): Promise<MergeCounts>;
  /** Past posts (src/core/import): the plan applied whole, or nothing. Returns what was done. */
  importPosts(plan: ImportPlan): Promise<ImportPlan>;
  /** Bookmarks (src/core/import/bookmarks*): the plan applied whole, or nothing. Returns what was done. */
  importBookmarks(plan: BookmarkPlan): Promise<BookmarkPlan>;
  /** One edit to many entries (the library's bulk bar): one transaction, one announcement. */
  bulkEdit(ids: readonly EntryId[], edit: BulkEdit): Promise<CurationResult>;
  /** A tag renamed, or merged into another, on every live entry. */
  renameTag(from: string, to: string): Promise<CurationResult>;
  /** A category renamed, or merged, on every live entry and in every month's sections. */
  renameCategory(from: string, to: string): Promise<CurationResult>;
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
    markPublished: (key, ids, publishedTo) =>
      write(
        (now) => markPublished(db, key, ids, now, publishedTo),
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
    importBookmarks: (plan) =>
      write(
        (now) => importBookmarks(db, plan, now),
        (applied) => ({
          entryIds: applied.putEntries.map((entry) => entry.id),
          monthKeys: [...new Set(applied.putEntries.map((entry) => entry.monthKey))],
        }),
      ),
    bulkEdit: (ids, edit) =>
      write(
        (now) => bulkEdit(db, ids, edit, now),
        (result) => result,
      ),
    renameTag: (from, to) =>
      write(
        (now) => renameTag(db, from, to, now),
        (result) => result,
      ),
    renameCategory: (from, to) =>
      write(
        (now) => renameCategory(db, from, to, now),
        (result) => result,
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
