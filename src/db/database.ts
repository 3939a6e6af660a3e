import Dexie, { type Table } from 'dexie';
import { entryFromVersion1 } from '../core/entry-upgrade';
import type { NameSummary } from '../core/name-summaries';
import type { MonthSummary, Posting } from '../core/search-terms';
import { newDeviceId, stampOfTime } from '../core/sync/hlc';
import type { Entry, MonthRecord } from '../core/types';
import { buildIndexIn, buildNamesIn } from './build-index';
import {
  DB_NAME,
  DEVICE_KEY,
  type Draft,
  dexieStores,
  type MetaRecord,
  SCHEMA_VERSION,
} from './schema';

export type { Draft };

export const DEFAULT_DB_NAME = DB_NAME;

/**
 * The extension's IndexedDB. Schema rule: a `version(n)` that shipped is never
 * edited; a change adds `version(n + 1)` with an `upgrade()` and a test that
 * opens a database filled at version n.
 */
export class VeilleDatabase extends Dexie {
  entries!: Table<Entry, string>;
  months!: Table<MonthRecord, string>;
  drafts!: Table<Draft, string>;
  postings!: Table<Posting, string>;
  monthSummaries!: Table<MonthSummary, string>;
  nameSummaries!: Table<NameSummary, string>;
  meta!: Table<MetaRecord, string>;

  /** Tests pass a fresh name so each one opens an empty database. */
  constructor(name: string = DEFAULT_DB_NAME) {
    // No query cache: the popup and the worker write through idb, which
    // Dexie does not see; a live query run again on their announcement must
    // read the database, not Dexie's memory of it.
    super(name, { cache: 'disabled' });
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
      .stores({
        entries: 'id, &url, monthKey, *tags, category, capturedAt, updatedAt, deletedAt',
        months: 'id, updatedAt',
        drafts: 'url, updatedAt',
      })
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
    // Version 3: a search index (`postings`) and the live entries of each
    // month (`monthSummaries`), both written with every entry write; the
    // upgrade builds them from the entries already there.
    this.version(3)
      .stores({
        entries: 'id, &url, monthKey, *tags, category, capturedAt, updatedAt, deletedAt',
        months: 'id, updatedAt',
        drafts: 'url, updatedAt',
        postings: 'term',
        monthSummaries: 'id',
      })
      .upgrade((tx) => buildIndexIn(tx));
    // Version 4: every entry and month carries a clock stamp for sync
    // (core/sync/hlc.ts), and the database its device id.
    this.version(4)
      .stores({
        entries: 'id, &url, monthKey, *tags, category, capturedAt, updatedAt, deletedAt',
        months: 'id, updatedAt',
        drafts: 'url, updatedAt',
        postings: 'term',
        monthSummaries: 'id',
        meta: 'key',
      })
      .upgrade(async (tx) => {
        const device = newDeviceId();
        await tx.table('meta').put({ key: DEVICE_KEY, value: device } satisfies MetaRecord);
        for (const name of ['entries', 'months']) {
          await tx
            .table(name)
            .toCollection()
            .modify((record: Entry | MonthRecord) => {
              record.hlc ??= stampOfTime(record.updatedAt, device);
            });
        }
      });
    // Version 5: the live entries of each tag and category spelling
    // (`nameSummaries`), written with every entry write; the upgrade counts
    // the entries already there.
    // The current version's stores come from schema.ts, which the popup's and
    // the worker's door (idb) read too. When the schema changes, write this
    // version's stores out here as they are, and add the next version.
    this.version(SCHEMA_VERSION)
      .stores(dexieStores())
      .upgrade((tx) => buildNamesIn(tx));
  }
}

let shared: VeilleDatabase | undefined;

/** The one database of this extension page or worker, opened lazily. */
export function database(): VeilleDatabase {
  shared ??= new VeilleDatabase();
  return shared;
}
