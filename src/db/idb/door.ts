/**
 * The popup's and the worker's door to the store: idb (about 1 KB) instead
 * of Dexie (about 32 KB), for the few things they do. The entry writes run
 * the same rules as Dexie's door (../entry-rules.ts).
 */
import type { EntryWrites, HotStore } from '../hot-store';
import { type IdbDoorOptions, openIdbReads } from './reads';
import { idbWrites } from './writes';

export type { IdbDoorOptions };

export interface IdbDoor {
  store: HotStore;
  writes: EntryWrites;
}

/** Opens the database at once and serves both halves: the reads and the entry writes. */
export function openIdbDoor(name: string, options: IdbDoorOptions = {}): IdbDoor {
  const { store, connection } = openIdbReads(name, options);
  return { store, writes: idbWrites(connection) };
}
