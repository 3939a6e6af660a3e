import { nextStamp } from '../core/sync/hlc';
import type { VeilleDatabase } from './database';
import { deviceIdIn } from './device';

/** The device id, through Dexie's door: call it inside a transaction that includes `meta`. */
export const deviceId = (db: VeilleDatabase): Promise<string> => deviceIdIn(db.meta);

/**
 * Stamps records written by a bulk write (a restore, an import) past the
 * stamps of the stored versions they replace, at their own update time.
 */
export async function stampAll<T extends { id: string; updatedAt: number; hlc?: string }>(
  db: VeilleDatabase,
  records: readonly T[],
  stored: ReadonlyMap<string, { hlc?: string }>,
): Promise<T[]> {
  if (records.length === 0) return [];
  const device = await deviceId(db);
  return records.map((record) => ({
    ...record,
    hlc: nextStamp(record.updatedAt, device, stored.get(record.id)?.hlc),
  }));
}

export const byId = <T extends { id: string }>(records: readonly T[]): Map<string, T> =>
  new Map(records.map((record) => [record.id, record]));

/** The device id, made now if this database never wrote anything. */
export const ensureDeviceId = (db: VeilleDatabase): Promise<string> =>
  db.transaction('rw', db.meta, () => deviceId(db));
