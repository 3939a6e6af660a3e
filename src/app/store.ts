import { database, type VeilleDatabase } from '../db/database';
import { dexieHotStore } from '../db/dexie-hot-store';
import { createWriter, type Writer } from '../db/writer';
import { badgeAfterWrite } from './badge';

/** The options page's store: Dexie (live queries, bulk work, upgrades) and the full writer. */
export interface Store {
  db: VeilleDatabase;
  writer: Writer;
}

/**
 * The options page's store: each write is stamped with the real clock,
 * announced to the other pages and the worker, and refreshes the badge.
 */
export function openStore(): Store {
  const db = database();
  const writer = createWriter(db, {
    now: Date.now,
    afterWrite: badgeAfterWrite(dexieHotStore(db)),
  });
  return { db, writer };
}
