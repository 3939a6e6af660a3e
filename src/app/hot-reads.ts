import { type IdbReads, openIdbReads } from '../db/idb/reads';
import { DB_NAME } from '../db/schema';

/**
 * The hot path's reads, opened at once: the popup paints its form from them
 * and loads the writer (hot-writer.ts) after. `upgrade` brings an older
 * database to the current schema (pages pass one that loads Dexie then).
 */
export function openHotReads(upgrade?: () => Promise<void>): IdbReads {
  return openIdbReads(DB_NAME, { upgrade });
}
