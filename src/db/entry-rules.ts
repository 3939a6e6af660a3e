/**
 * The rules of an entry write, written once over a transaction of the
 * `entries` store: Dexie's door (writes/entries.ts, the options page) and
 * idb's door (idb-store.ts, the popup and the worker) each run them in one
 * read-write transaction of their own. Nothing here awaits anything but the
 * transaction's own requests, as IndexedDB requires.
 */
import type { CaptureInput } from '../core/capture';
import { valuesOf } from '../core/capture-values';
import { mergeEdit } from '../core/edit-merge';
import { changedSummaries, type NameSummary } from '../core/name-summaries';
import {
  changeDocs,
  type IndexChanges,
  indexChanges,
  type MonthSummary,
  type Posting,
} from '../core/search-terms';
import { nextStamp } from '../core/sync/hlc';
import type { Entry, EntryId, MonthKey } from '../core/types';
import { EditConflict, StoreError } from './errors';
import { isLive } from './live';

/** The `entries` store inside one read-write transaction. */
export interface EntryTx {
  get(id: EntryId): Promise<Entry | undefined>;
  /** The entry holding this clean URL, live or tombstone. */
  byUrl(url: string): Promise<Entry | undefined>;
  /** Adds a new entry; fails if its id or URL is taken. */
  add(entry: Entry): Promise<void>;
  put(entry: Entry): Promise<void>;
  delete(id: EntryId): Promise<void>;
  /** This database's device id, for clock stamps (../device.ts). */
  device(): Promise<string>;
}

/** The clock stamp of a write made now: past the stamp of the entry it changes. */
const stampIn = (tx: EntryTx, now: number, previous?: Entry): Promise<string> =>
  tx.device().then((device) => nextStamp(now, device, previous?.hlc));

/**
 * The stores an entry write keeps in step with `entries`, in the same
 * transaction: the search index (`postings`), the month counts
 * (`monthSummaries`) and the tag and category counts (`nameSummaries`).
 */
export interface IndexTx {
  getPostings(terms: string[]): Promise<(Posting | undefined)[]>;
  putPostings(postings: Posting[]): Promise<void>;
  deletePostings(terms: string[]): Promise<void>;
  getSummaries(months: MonthKey[]): Promise<(MonthSummary | undefined)[]>;
  putSummaries(summaries: MonthSummary[]): Promise<void>;
  deleteSummaries(months: MonthKey[]): Promise<void>;
  getNames(ids: string[]): Promise<(NameSummary | undefined)[]>;
  putNames(summaries: NameSummary[]): Promise<void>;
  deleteNames(ids: string[]): Promise<void>;
}

/** Applies what entry writes do to the index, the month counts and the name counts. */
export async function applyIndexChanges(tx: IndexTx, changes: IndexChanges): Promise<void> {
  const terms = [...changes.postings.keys()];
  if (terms.length > 0) {
    const stored = await tx.getPostings(terms);
    const puts: Posting[] = [];
    const empty: string[] = [];
    terms.forEach((term, i) => {
      const { add, remove } = changes.postings.get(term) ?? { add: [], remove: [] };
      const docs = changeDocs(stored[i]?.docs ?? [], add, remove);
      if (docs.length > 0) puts.push({ term, docs });
      else if (stored[i]) empty.push(term);
    });
    if (puts.length > 0) await tx.putPostings(puts);
    if (empty.length > 0) await tx.deletePostings(empty);
  }
  const months = [...changes.monthDeltas.keys()];
  if (months.length > 0) {
    const stored = await tx.getSummaries(months);
    const puts: MonthSummary[] = [];
    const empty: MonthKey[] = [];
    months.forEach((id, i) => {
      const count = (stored[i]?.count ?? 0) + (changes.monthDeltas.get(id) ?? 0);
      if (count > 0) puts.push({ id, count });
      else empty.push(id);
    });
    if (puts.length > 0) await tx.putSummaries(puts);
    if (empty.length > 0) await tx.deleteSummaries(empty);
  }
  if (changes.nameDeltas.size === 0) return;
  const { puts, empty } = changedSummaries(
    changes.nameDeltas,
    await tx.getNames([...changes.nameDeltas.keys()]),
  );
  if (puts.length > 0) await tx.putNames(puts);
  if (empty.length > 0) await tx.deleteNames(empty);
}

/**
 * The entries store as the rules write it: each add, put and delete also
 * updates the index and the month counts. Both doors wrap their raw stores
 * with it, so no entry write of either can leave the index behind.
 */
export function indexedEntryTx(entries: EntryTx, index: IndexTx): EntryTx {
  const reindex = (before: Entry | undefined, after: Entry | undefined) =>
    applyIndexChanges(index, indexChanges([[before, after]]));
  return {
    get: entries.get,
    byUrl: entries.byUrl,
    device: entries.device,
    async add(entry) {
      await entries.add(entry);
      await reindex(undefined, entry);
    },
    async put(entry) {
      const before = await entries.get(entry.id);
      await entries.put(entry);
      await reindex(before, entry);
    },
    async delete(id) {
      const before = await entries.get(id);
      await entries.delete(id);
      await reindex(before, undefined);
    },
  };
}

/** What a capture provides; the store adds id and times. */
export type EntryInput = CaptureInput;

export interface SaveResult {
  entry: Entry;
  /** True when the URL was already captured and that entry was updated. */
  updated: boolean;
}

/** How long a deleted entry's tombstone is kept before it may be purged. */
export const TOMBSTONE_TTL_MS = 90 * 24 * 60 * 60 * 1000;

/**
 * A tombstone past the TTL may go, unless it waits for a sync: a deletion made
 * since the entry was last on the sync server must reach the server first.
 */
export const mayPurge = (entry: Entry): boolean =>
  entry.syncedHlc === undefined || entry.syncedHlc === entry.hlc;

export { isLive };

/**
 * Saves a capture: one entry per clean URL. An existing live entry is
 * updated in place; a tombstone with the same URL is revived with its id, so
 * a second browser that knew it merges by id.
 */
export async function saveEntryIn(
  tx: EntryTx,
  input: EntryInput,
  now: number,
): Promise<SaveResult> {
  const existing = await tx.byUrl(input.url);
  if (existing) {
    const wasLive = existing.deletedAt === null;
    const entry: Entry = {
      ...existing,
      ...input,
      capturedAt: wasLive ? existing.capturedAt : now,
      updatedAt: now,
      deletedAt: null,
      hlc: await stampIn(tx, now, existing),
    };
    await tx.put(entry);
    return { entry, updated: wasLive };
  }
  const entry: Entry = {
    id: crypto.randomUUID(),
    ...input,
    capturedAt: now,
    updatedAt: now,
    deletedAt: null,
    hlc: await stampIn(tx, now),
  };
  await tx.add(entry);
  return { entry, updated: false };
}

/**
 * Changes fields of a live entry. Changing its URL to another entry's URL
 * fails. With `base`, the entry as the editor opened it, an entry changed
 * meanwhile is merged with the edit (`mergeEdit`), and an edit that clashes
 * with that change throws an EditConflict: nothing is overwritten silently.
 */
export async function updateEntryIn(
  tx: EntryTx,
  id: EntryId,
  edit: Partial<EntryInput>,
  now: number,
  base?: Entry,
): Promise<Entry> {
  const existing = await tx.get(id);
  if (!isLive(existing)) throw new StoreError('not-found');
  const changes = base ? mergeWithStored(base, edit, existing) : edit;
  if (changes.url !== undefined && changes.url !== existing.url) {
    const other = await tx.byUrl(changes.url);
    if (other && other.deletedAt === null) throw new StoreError('duplicate-url');
    // A tombstone holding that URL gives it up: the live entry wins.
    if (other) await tx.delete(other.id);
  }
  const entry: Entry = {
    ...existing,
    ...changes,
    updatedAt: now,
    hlc: await stampIn(tx, now, existing),
  };
  await tx.put(entry);
  return entry;
}

/** The edit, merged with what changed in the stored entry since `base`. */
function mergeWithStored(
  base: Entry,
  edit: Partial<EntryInput>,
  stored: Entry,
): Partial<EntryInput> {
  // By content, not by updatedAt: two writes may share a millisecond, and an
  // unchanged entry merges to the edit itself.
  const { merged, conflicts } = mergeEdit(
    valuesOf(base),
    { ...valuesOf(base), ...edit },
    valuesOf(stored),
  );
  if (conflicts.length > 0) throw new EditConflict(stored, conflicts);
  return { ...edit, ...merged };
}

/**
 * Deletes an entry (`deletedAt` = now: a tombstone, kept for merges until it
 * is purged), or undoes that (`null`: the UI offers it right after deleting).
 */
export async function setDeletedAtIn(
  tx: EntryTx,
  id: EntryId,
  deletedAt: number | null,
  now: number,
): Promise<void> {
  const existing = await tx.get(id);
  if (!existing) throw new StoreError('not-found');
  await tx.put({ ...existing, deletedAt, updatedAt: now, hlc: await stampIn(tx, now, existing) });
}
