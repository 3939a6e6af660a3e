import { createEntryWriter, type EntryWriter } from '../db/entry-writer';
import type { HotStore } from '../db/hot-store';
import type { Connection } from '../db/idb/reads';
import { idbWrites } from '../db/idb/writes';
import { badgeAfterWrite } from './badge';

/**
 * The capture's writes on the hot path's connection: stamped, announced,
 * and the badge follows. The worker has it from the start; the popup loads
 * it once its form is on screen (src/popup/later.ts).
 */
export function hotWriter(store: HotStore, connection: Connection): EntryWriter {
  return createEntryWriter(idbWrites(connection), {
    now: Date.now,
    afterWrite: badgeAfterWrite(store),
  });
}
