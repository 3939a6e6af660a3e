import { createEntryWriter, type EntryWriter } from '../db/entry-writer';
import type { HotStore } from '../db/hot-store';
import { openIdbDoor } from '../db/idb/door';
import { DB_NAME } from '../db/schema';
import { badgeAfterWrite } from './badge';

/** The popup's and the worker's store: idb's few reads and the capture's writes. */
export interface HotPath {
  store: HotStore;
  writer: EntryWriter;
}

/**
 * The hot path's store, opened at once (in parallel with whatever else the
 * page starts). `upgrade` brings an older database to the current schema:
 * pages pass one that loads Dexie then; the worker cannot load code lazily.
 */
export function openHotPath(upgrade?: () => Promise<void>): HotPath {
  const door = openIdbDoor(DB_NAME, { upgrade });
  const writer = createEntryWriter(door.writes, {
    now: Date.now,
    afterWrite: badgeAfterWrite(door.store),
  });
  return { store: door.store, writer };
}
