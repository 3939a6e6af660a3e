/**
 * Restoring a backup into the library: one rule, "the later update wins",
 * id by id, with one live entry per URL. Pure: the store applies the plan.
 */
import type { Entry, EntryId, MonthRecord } from '../types';

export interface BackupRecords {
  entries: readonly Entry[];
  months: readonly MonthRecord[];
}

/** What a restore did to the library, as the author sees it. */
export interface EntryCounts {
  /** Entries that appear: new ids, or revived tombstones. */
  added: number;
  /** Live entries replaced by the backup's later version (of the same id or the same URL). */
  updated: number;
  /** Live entries that the backup deleted later than they were last edited. */
  deleted: number;
  /** Live entries of the backup already here as they are, or edited here since. */
  unchanged: number;
  /**
   * Live entries of the backup that were deleted here after the backup's
   * version: they stay deleted unless the merge is asked to revive them.
   */
  keptDeleted: number;
  /** Pairs of different ids with the same URL, resolved by the URL rule. */
  urlConflicts: number;
}

export interface MonthCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface MergeCounts {
  entries: EntryCounts;
  months: MonthCounts;
}

export interface MergePlan {
  /** Records to remove before writing: losers of a URL conflict. */
  deleteEntryIds: EntryId[];
  /** Records to write (new ones and replacements), whole. */
  putEntries: Entry[];
  putMonths: MonthRecord[];
  counts: MergeCounts;
}

export interface MergeOptions {
  /**
   * Revive the backup's live entries that were deleted here after the
   * backup's version (an undo of deletions), stamping them with this time.
   * Without it, the later update wins there too: they stay deleted.
   */
  reviveAt?: number;
}

/**
 * What restoring `incoming` into `existing` writes. Pure.
 *
 * 1. Id by id, the record with the later `updatedAt` wins; a tie keeps the
 *    existing one. Tombstones are records: a later deletion beats an earlier
 *    edit, a later edit beats an earlier deletion. With `reviveAt`, a live
 *    record of the backup also beats a later local tombstone.
 * 2. One record per URL (the database's unique index covers tombstones): when
 *    a winning incoming record has the URL of a different existing record,
 *    a live record beats a tombstone, otherwise the later `updatedAt` wins (a
 *    tie keeps the existing one). The loser is removed, not tombstoned (a
 *    tombstone keeps its URL); if the incoming record loses, its id's older
 *    local version goes too, since its newest known state is that loser.
 *    A removed existing record counts as absent: if the backup holds an
 *    older version of its id, that version is written (and checked in turn).
 *
 * Applying the plan twice, or merging a backup into the same records,
 * changes nothing more: see the property tests.
 */
export function planMerge(
  existing: BackupRecords,
  incoming: BackupRecords,
  options: MergeOptions = {},
): MergePlan {
  const entries = mergeEntries(existing.entries, incoming.entries, options.reviveAt);
  const months = mergeMonths(existing.months, incoming.months);
  return {
    deleteEntryIds: entries.deleteIds,
    putEntries: entries.puts,
    putMonths: months.puts,
    counts: { entries: entries.counts, months: months.counts },
  };
}

const isLive = (record: { deletedAt: number | null }) => record.deletedAt === null;

function mergeEntries(
  existing: readonly Entry[],
  incoming: readonly Entry[],
  reviveAt: number | undefined,
) {
  const local = new Map(existing.map((entry) => [entry.id, entry]));
  const localByUrl = new Map(existing.map((entry) => [entry.url, entry]));

  // 1. Id by id.
  const writes = new Map<EntryId, Entry>();
  /** Revived ids -> the backup version's own `updatedAt`. */
  const revived = new Map<EntryId, number>();
  for (const entry of incoming) {
    const current = local.get(entry.id);
    if (!current || entry.updatedAt > current.updatedAt) {
      writes.set(entry.id, entry);
    } else if (reviveAt !== undefined && isLive(entry) && !isLive(current)) {
      // Strictly later than the tombstone, whatever the clock says.
      writes.set(entry.id, { ...entry, updatedAt: Math.max(reviveAt, current.updatedAt + 1) });
      revived.set(entry.id, entry.updatedAt);
    }
  }

  // 2. One record per URL. Incoming URLs are unique (parseBackup checks it)
  // and so are existing ones, so a conflict is a pair: a written incoming
  // record and an existing record of another id that keeps its place. Each
  // URL is contested once; a fallback (below) joins the queue.
  const incomingById = new Map(incoming.map((entry) => [entry.id, entry]));
  const removals = new Set<EntryId>();
  const displacedLive = new Set<EntryId>();
  let urlConflicts = 0;
  const queue = [...writes.keys()];
  for (const id of queue) {
    const entry = writes.get(id);
    if (!entry) continue;
    const holder = localByUrl.get(entry.url);
    // A holder that is replaced or removed frees its URL.
    if (!holder || holder.id === id || writes.has(holder.id) || removals.has(holder.id)) continue;
    urlConflicts++;
    // A revived record compares with the time of its backup version.
    const origin = revived.get(id);
    const original = origin === undefined ? entry : { ...entry, updatedAt: origin };
    if (incomingWinsUrl(holder, original)) {
      if (isLive(holder)) displacedLive.add(id);
      // The holder's id is now absent here: the backup's own (older) version
      // of it, if any, is what remains of it, as if it had never been here.
      const fallback = incomingById.get(holder.id);
      if (fallback) {
        writes.set(holder.id, fallback);
        queue.push(holder.id);
      } else {
        removals.add(holder.id);
      }
    } else {
      writes.delete(id);
      // The id's newest known state is the loser: its older local version
      // goes too (it may hold a URL that another written record now takes).
      if (local.has(id)) removals.add(id);
    }
  }

  const counts: EntryCounts = {
    added: 0,
    updated: 0,
    deleted: 0,
    unchanged: 0,
    keptDeleted: 0,
    urlConflicts,
  };
  for (const entry of incoming) {
    const current = local.get(entry.id);
    const wasLive = current !== undefined && isLive(current);
    const written = writes.get(entry.id);
    if (written) {
      if (isLive(written)) {
        if (wasLive || displacedLive.has(entry.id)) counts.updated++;
        else counts.added++;
      } else if (wasLive) {
        counts.deleted++;
      }
    } else if (removals.has(entry.id)) {
      if (wasLive) counts.deleted++;
    } else if (wasLive) {
      counts.unchanged++;
    } else if (isLive(entry)) {
      if (current) counts.keptDeleted++;
      else counts.unchanged++; // lost its URL to a later entry of the same page
    }
  }

  return { deleteIds: [...removals], puts: [...writes.values()], counts };
}

/** The URL rule: a live record beats a tombstone; otherwise the later update, ties to existing. */
function incomingWinsUrl(holder: Entry, entry: Entry): boolean {
  if (isLive(holder) !== isLive(entry)) return isLive(entry);
  return entry.updatedAt > holder.updatedAt;
}

function mergeMonths(existing: readonly MonthRecord[], incoming: readonly MonthRecord[]) {
  const local = new Map(existing.map((month) => [month.id, month]));
  const puts: MonthRecord[] = [];
  const counts: MonthCounts = { added: 0, updated: 0, unchanged: 0 };
  for (const month of incoming) {
    const current = local.get(month.id);
    if (!current) {
      puts.push(month);
      counts.added++;
    } else if (month.updatedAt > current.updatedAt) {
      puts.push(month);
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  return { puts, counts };
}
