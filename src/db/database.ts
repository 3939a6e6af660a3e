import Dexie, { type Table } from 'dexie';
import { entryFromVersion1 } from '../core/entry-upgrade';
import type { Entry, MonthRecord } from '../core/types';

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
    // Version 2: one name per concept. An entry's month key is `monthKey`
    // (`month` is the 1-12 number in templates) and the page's own date is
    // `meta.pageDate` (`publishedAt` is a month's publication).
    this.version(2)
      .stores({ entries: 'id, &url, monthKey, *tags, category, capturedAt, updatedAt, deletedAt' })
      .upgrade(async (tx) => {
        await tx
          .table('entries')
          .toCollection()
          .modify((entry, ref) => {
            ref.value = entryFromVersion1(entry) as Entry;
          });
        await tx
          .table('drafts')
          .toCollection()
          .modify((draft, ref) => {
            const { month, ...rest } = draft as Draft & { month?: string };
            if (month !== undefined) ref.value = { ...rest, monthKey: month } as Draft;
          });
      });
  }
}

let shared: VeilleDatabase | undefined;

/** The one database of this extension page or worker, opened lazily. */
export function database(): VeilleDatabase {
  shared ??= new VeilleDatabase();
  return shared;
}
