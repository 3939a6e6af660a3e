import type { Entry } from '../core/types';
import type { VeilleDatabase } from './database';
import { OUTSIDE_TOMBSTONES_KEY } from './schema';

/**
 * The sync's tombstones that the unique URL index keeps out of `entries`
 * (another record holds their URL): id -> entry, written by `writes/sync.ts`,
 * read with the entries for each sync.
 */
export async function readOutsideTombstones(db: VeilleDatabase): Promise<Record<string, Entry>> {
  const stored = await db.meta.get(OUTSIDE_TOMBSTONES_KEY);
  return stored ? (JSON.parse(stored.value) as Record<string, Entry>) : {};
}
