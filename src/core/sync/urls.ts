/**
 * One live entry per clean URL, across devices. Two devices that capture the
 * same page offline create two ids for one URL; when they meet, the entry
 * with the greater stamp (then the greater id) keeps the URL and the other
 * becomes a tombstone. The tombstone's stamp is the first one after the two
 * versions compared (`successorStamp`), so every device that meets the same
 * pair writes the same tombstone, and any later edit of the loser (a greater
 * stamp) still wins over it.
 */
import type { Entry, EntryId } from '../types';
import { maxStamp, parseStamp, type Stamp, successorStamp } from './hlc';
import { isLive } from './records';

type StampedEntry = Entry & { hlc: Stamp };

const wins = (a: StampedEntry, b: StampedEntry): boolean =>
  a.hlc !== b.hlc ? a.hlc > b.hlc : a.id > b.id;

/**
 * Resolves every URL held by more than one live entry. Returns the losers,
 * each turned into its tombstone; the map is updated in place.
 */
export function resolveUrlClashes<T extends StampedEntry>(entries: Map<EntryId, T>): T[] {
  const holders = new Map<string, T>();
  const losers: T[] = [];
  for (const entry of entries.values()) {
    if (!isLive(entry)) continue;
    const holder = holders.get(entry.url);
    if (!holder) {
      holders.set(entry.url, entry);
      continue;
    }
    const [winner, loser] = wins(entry, holder) ? [entry, holder] : [holder, entry];
    holders.set(entry.url, winner);
    losers.push(loser);
  }
  const tombstones = losers.map((loser) => {
    const winner = holders.get(loser.url) as T;
    const hlc = successorStamp(maxStamp(loser.hlc, winner.hlc) as Stamp);
    const at = parseStamp(hlc)?.wall ?? loser.updatedAt;
    const tombstone: T = { ...loser, hlc, updatedAt: at, deletedAt: at };
    entries.set(loser.id, tombstone);
    return tombstone;
  });
  return tombstones;
}
