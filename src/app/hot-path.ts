import type { EntryWriter } from '../db/entry-writer';
import type { HotStore } from '../db/hot-store';
import { openHotReads } from './hot-reads';
import { hotWriter } from './hot-writer';

/** The popup's and the worker's store: idb's few reads and the capture's writes. */
export interface HotPath {
  store: HotStore;
  writer: EntryWriter;
}

/**
 * The hot path's store, opened at once (in parallel with whatever else the
 * page starts), with its writer. `upgrade` brings an older database to the
 * current schema: pages pass one that loads Dexie then; the worker cannot
 * load code lazily.
 */
export function openHotPath(upgrade?: () => Promise<void>): HotPath {
  const { store, connection } = openHotReads(upgrade);
  return { store, writer: hotWriter(store, connection) };
}
