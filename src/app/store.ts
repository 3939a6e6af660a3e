import { database, type VeilleDatabase } from '../db/database';
import { createWriter, type Writer } from '../db/writer';
import { loadSettings } from '../platform/settings';
import { refreshBadge } from './badge';

/** The database of this page or worker, and the one way to write to it. */
export interface Store {
  db: VeilleDatabase;
  writer: Writer;
}

let opened: Store | undefined;

/**
 * The store as every page and the worker use it: each write is stamped with
 * the real clock, announced to the other pages, and refreshes the badge.
 */
export function openStore(): Store {
  if (opened) return opened;
  const db = database();
  const writer = createWriter(db, {
    now: Date.now,
    afterWrite: async () => refreshBadge(db, (await loadSettings()).timeZone),
  });
  opened = { db, writer };
  return opened;
}
