// What a sync brings: records written as the server has them (stamps kept), in one transaction.
import { indexChanges } from '../../core/search-terms';
import type { SyncPlan } from '../../core/sync/plan';
import type { Entry } from '../../core/types';
import type { VeilleDatabase } from '../database';
import { applyIndexChanges } from '../entry-rules';
import { toStoreError } from '../errors';
import { readOutsideTombstones } from '../outside-tombstones';
import { OUTSIDE_TOMBSTONES_KEY } from '../schema';
import { dexieIndexTx, indexedStores } from './search-index';

const isLive = (entry: Entry) => entry.deletedAt === null;
/** Which of two records keeps a URL in this database: a live one, then the later stamp. */
const keeps = (a: Entry, b: Entry) =>
  isLive(a) !== isLive(b) ? isLive(a) : (a.hlc ?? '') > (b.hlc ?? '');

/**
 * Applies a sync's local half: its records whole (their stamps and `syncedHlc`
 * as planned), the purged tombstones removed. The database keeps one record
 * per URL, tombstones included, while sync keeps one live entry per URL: a
 * tombstone whose URL another record keeps is kept apart, in the `meta`
 * store (`OUTSIDE_TOMBSTONES_KEY`): sync reads it with the entries, so the
 * next sync finds it here, as on the server, and neither receives it again
 * nor counts it. The search index and the month counts move with the
 * entries, in the same transaction. Returns the ids written.
 */
export async function applySync(
  db: VeilleDatabase,
  plan: Pick<SyncPlan, 'putEntries' | 'putMonths' | 'dropEntryIds'>,
): Promise<string[]> {
  try {
    return await db.transaction('rw', [...indexedStores(db), db.months, db.meta], async () => {
      const ids = plan.putEntries.map((entry) => entry.id);
      const dropped = [...plan.dropEntryIds, ...ids];
      const outside = await readOutsideTombstones(db);
      const outsideBefore = JSON.stringify(outside);
      for (const id of dropped) delete outside[id];
      // Each touched entry as it was, for the index: those replaced or dropped,
      // then any other holder of a URL that a record takes over below.
      const before = new Map<string, Entry | undefined>();
      (await db.entries.bulkGet(dropped)).forEach((entry, i) => {
        before.set(dropped[i] as string, entry);
      });
      await db.entries.bulkDelete(dropped);
      const written: string[] = [];
      // Live records first, so a tombstone meets the live record of its URL.
      const ordered = [...plan.putEntries].sort((a, b) => Number(isLive(b)) - Number(isLive(a)));
      for (const entry of ordered) {
        const holder = await db.entries.where('url').equals(entry.url).first();
        if (holder && !keeps(entry, holder)) {
          if (!isLive(entry)) outside[entry.id] = entry;
          continue;
        }
        if (holder) {
          if (!before.has(holder.id)) before.set(holder.id, holder);
          await db.entries.delete(holder.id);
          if (!isLive(holder)) outside[holder.id] = holder;
        }
        await db.entries.add(entry);
        written.push(entry.id);
      }
      const touched = [...before.keys()];
      const after = await db.entries.bulkGet(touched);
      await applyIndexChanges(
        dexieIndexTx(db),
        indexChanges(touched.map((id, i) => [before.get(id), after[i]] as const)),
      );
      if (plan.putMonths.length > 0) await db.months.bulkPut(plan.putMonths);
      const value = JSON.stringify(outside);
      if (value !== outsideBefore) await db.meta.put({ key: OUTSIDE_TOMBSTONES_KEY, value });
      return written;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
