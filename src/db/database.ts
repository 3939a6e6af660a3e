import Dexie, { type Table } from 'dexie';
import type { Entry, MonthRecord } from '../core/types';

/** What the popup keeps while the author types, so a closed popup loses nothing. */
export interface Draft {
  /** The clean URL of the page the draft is for. */
  url: string;
  title: string;
  note: string;
  tags: string[];
  category: string;
  month: string;
  updatedAt: number;
}

export const DEFAULT_DB_NAME = 'veille';

/**
 * The extension's IndexedDB. Schema rule: a `version(n)` that shipped is never
 * edited; a change adds `version(n + 1)` with an `upgrade()` and a test that
 * opens a database filled at version n.
 */
export class VeilleDatabase extends Dexie {
  entries!: Table<Entry, string>;
  months!: Table<MonthRecord, string>;
  drafts!: Table<Draft, string>;

  /** Tests pass a fresh name so each one opens an empty database. */
  constructor(name: string = DEFAULT_DB_NAME) {
    super(name);
    this.version(1).stores({
      // &url: one entry per clean URL (a tombstone keeps its URL and is
      // revived by a new capture, so the id stays stable for syncing).
      // *tags: multi-entry index for "entries with this tag".
      entries: 'id, &url, month, *tags, category, capturedAt, updatedAt, deletedAt',
      months: 'id, updatedAt',
      drafts: 'url, updatedAt',
    });
  }
}

let shared: VeilleDatabase | undefined;

/** The one database of this extension page or worker, opened lazily. */
export function database(): VeilleDatabase {
  shared ??= new VeilleDatabase();
  return shared;
}
