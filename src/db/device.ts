/**
 * The device id in every clock stamp this database writes: made once, kept
 * in the `meta` store, read inside the write's own transaction.
 */
import { newDeviceId } from '../core/sync/hlc';
import { DEVICE_KEY, type MetaRecord } from './schema';

export interface MetaTx {
  get(key: string): Promise<MetaRecord | undefined>;
  put(record: MetaRecord): Promise<unknown>;
}

export function deviceIdIn(meta: MetaTx): Promise<string> {
  // Chained, not awaited in a nested async function: Dexie keeps its
  // transaction across its own promises' `then`, not across native ones.
  return meta.get(DEVICE_KEY).then((found) => {
    if (found) return found.value;
    const value = newDeviceId();
    return meta.put({ key: DEVICE_KEY, value }).then(() => value);
  });
}
