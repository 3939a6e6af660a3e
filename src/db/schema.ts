/**
 * The database's shape, written once. Dexie's door (database.ts: the options
 * page) and idb's door (idb-store.ts: the popup and the worker) both derive
 * their view of it from here, so the two can never drift. Dexie keeps the
 * history (every shipped `version(n)`) and runs upgrades; idb only opens the
 * current version.
 */
import type { NameSummary } from '../core/name-summaries';
import type { MonthSummary, Posting } from '../core/search-terms';
import type { Entry, MonthRecord } from '../core/types';

export const DB_NAME = 'veille';

/** Dexie's number for the current schema. IndexedDB's own version is ten times it (Dexie's rule). */
export const SCHEMA_VERSION = 5;
export const IDB_VERSION = SCHEMA_VERSION * 10;

/** What the popup keeps while the author types, so a closed popup loses nothing. */
export interface Draft {
  /** The clean URL of the page the draft is for. */
  url: string;
  title: string;
  note: string;
  tags: string[];
  category: string;
  monthKey: string;
  updatedAt: number;
}

/**
 * This database's own facts: its device id for clock stamps (`DEVICE_KEY`),
 * the sync's tombstones that the unique URL index keeps out of `entries`
 * (`OUTSIDE_TOMBSTONES_KEY`, JSON: id -> entry; see `writes/sync.ts`).
 */
export interface MetaRecord {
  key: string;
  value: string;
}
export const DEVICE_KEY = 'device';
export const OUTSIDE_TOMBSTONES_KEY = 'syncTombstonesOutside';

/** The record type of each store. */
export interface StoreRecords {
  entries: Entry;
  months: MonthRecord;
  drafts: Draft;
  /** The search index: per term, the capture times of its live entries (core/search-terms.ts). */
  postings: Posting;
  /** Live entries per month, for the month list and the badge. */
  monthSummaries: MonthSummary;
  /** Live entries per tag and category spelling, for the Tags and Categories views. */
  nameSummaries: NameSummary;
  meta: MetaRecord;
}
export type StoreName = keyof StoreRecords;

export interface IndexSchema {
  /** The indexed field, which is also the index's name. */
  field: string;
  unique?: boolean;
  multiEntry?: boolean;
}

export interface StoreSchema {
  keyPath: string;
  indexes: IndexSchema[];
}

export const SCHEMA: Record<StoreName, StoreSchema> = {
  entries: {
    keyPath: 'id',
    indexes: [
      // One entry per clean URL (a tombstone keeps its URL and is revived by a
      // new capture, so the id stays stable for syncing).
      { field: 'url', unique: true },
      { field: 'monthKey' },
      // "Entries with this tag".
      { field: 'tags', multiEntry: true },
      { field: 'category' },
      { field: 'capturedAt' },
      { field: 'updatedAt' },
      { field: 'deletedAt' },
    ],
  },
  months: { keyPath: 'id', indexes: [{ field: 'updatedAt' }] },
  drafts: { keyPath: 'url', indexes: [{ field: 'updatedAt' }] },
  // Written in the same transaction as each entry write (entry-rules.ts).
  postings: { keyPath: 'term', indexes: [] },
  monthSummaries: { keyPath: 'id', indexes: [] },
  meta: { keyPath: 'key', indexes: [] },
  nameSummaries: { keyPath: 'id', indexes: [] },
};

/** The schema in Dexie's notation: `'id, &url, monthKey, *tags, …'` per store. */
export function dexieStores(
  schema: Record<StoreName, StoreSchema> = SCHEMA,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(schema).map(([name, store]) => [
      name,
      [
        store.keyPath,
        ...store.indexes.map(
          ({ field, unique, multiEntry }) => `${unique ? '&' : multiEntry ? '*' : ''}${field}`,
        ),
      ].join(', '),
    ]),
  );
}
