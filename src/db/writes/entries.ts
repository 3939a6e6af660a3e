import type { CaptureInput } from '../../core/capture';
import { valuesOf } from '../../core/capture-values';
import { mergeEdit } from '../../core/edit-merge';
import type { Entry, EntryId } from '../../core/types';
import type { VeilleDatabase } from '../database';
import { isLive } from '../entries';
import { EditConflict, StoreError, toStoreError } from '../errors';

/**
 * The raw writes of entries, each one transaction stamped with `now`. Only
 * the writer (../writer.ts) calls them: it adds the badge and the change
 * announcement that every write owes the rest of the extension.
 */

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
 * Saves a capture: one entry per clean URL. An existing live entry is
 * updated in place; a tombstone with the same URL is revived with its id, so
 * a second browser that knew it merges by id. All in one transaction: a
 * failure writes nothing.
 */
export async function saveEntry(
  db: VeilleDatabase,
  input: EntryInput,
  now: number = Date.now(),
): Promise<SaveResult> {
  try {
    return await db.transaction('rw', db.entries, async () => {
      const existing = await db.entries.where('url').equals(input.url).first();
      if (existing) {
        const wasLive = existing.deletedAt === null;
        const entry: Entry = {
          ...existing,
          ...input,
          capturedAt: wasLive ? existing.capturedAt : now,
          updatedAt: now,
          deletedAt: null,
        };
        await db.entries.put(entry);
        return { entry, updated: wasLive };
      }
      const entry: Entry = {
        id: crypto.randomUUID(),
        ...input,
        capturedAt: now,
        updatedAt: now,
        deletedAt: null,
      };
      await db.entries.add(entry);
      return { entry, updated: false };
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/**
 * Changes fields of a live entry. Changing its URL to another entry's URL
 * fails. With `base`, the entry as the editor opened it, an entry changed
 * meanwhile is merged with the edit (`mergeEdit`), and an edit that clashes
 * with that change throws an EditConflict: nothing is overwritten silently.
 */
export async function updateEntry(
  db: VeilleDatabase,
  id: EntryId,
  edit: Partial<EntryInput>,
  now: number = Date.now(),
  base?: Entry,
): Promise<Entry> {
  try {
    return await db.transaction('rw', db.entries, async () => {
      const existing = await db.entries.get(id);
      if (!isLive(existing)) throw new StoreError('not-found');
      const changes = base ? mergeWithStored(base, edit, existing) : edit;
      if (changes.url !== undefined && changes.url !== existing.url) {
        const other = await db.entries.where('url').equals(changes.url).first();
        if (other && other.deletedAt === null) throw new StoreError('duplicate-url');
        // A tombstone holding that URL gives it up: the live entry wins.
        if (other) await db.entries.delete(other.id);
      }
      const entry: Entry = { ...existing, ...changes, updatedAt: now };
      await db.entries.put(entry);
      return entry;
    });
  } catch (error) {
    throw toStoreError(error);
  }
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
 * Pins the order of a section's entries (rule 3 of docs/post-format.md): each gets its
 * index as position, in one transaction.
 */
export async function setEntryOrder(
  db: VeilleDatabase,
  orderedIds: readonly EntryId[],
  now: number = Date.now(),
): Promise<void> {
  try {
    await db.transaction('rw', db.entries, async () => {
      await Promise.all(
        orderedIds.map((id, position) => db.entries.update(id, { position, updatedAt: now })),
      );
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/**
 * Deletes an entry (`deletedAt` = now: a tombstone, kept for merges until it
 * is purged), or undoes that (`null`: the UI offers it right after deleting).
 */
async function setDeletedAt(
  db: VeilleDatabase,
  id: EntryId,
  deletedAt: number | null,
  now: number,
): Promise<void> {
  try {
    const updated = await db.entries.update(id, { deletedAt, updatedAt: now });
    if (updated === 0) throw new StoreError('not-found');
  } catch (error) {
    throw toStoreError(error);
  }
}

export const deleteEntry = (db: VeilleDatabase, id: EntryId, now: number = Date.now()) =>
  setDeletedAt(db, id, now, now);

export const restoreEntry = (db: VeilleDatabase, id: EntryId, now: number = Date.now()) =>
  setDeletedAt(db, id, null, now);

/** Removes tombstones older than the TTL; returns how many were removed. */
export async function purgeTombstones(
  db: VeilleDatabase,
  now: number = Date.now(),
): Promise<number> {
  return db.entries
    .where('deletedAt')
    .below(now - TOMBSTONE_TTL_MS)
    .delete();
}
