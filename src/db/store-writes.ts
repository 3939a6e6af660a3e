import Dexie, { type ObservabilitySet } from 'dexie';
import { onStoreChange } from './changes';
import type { VeilleDatabase } from './database';

/**
 * Calls `listener` after every write to the database, whoever made it: this
 * page's Dexie writes (at their commit) and every other page's or worker's
 * (announced, `changes.ts`). For what this page keeps in memory of the
 * store, such as the search's cache; returns the way to stop.
 */
export function onAnyWrite(db: VeilleDatabase, listener: () => void): () => void {
  const prefix = `idb://${db.name}/`;
  const mutated = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(prefix))) listener();
  };
  Dexie.on.storagemutated.subscribe(mutated);
  const stopAnnounced = onStoreChange(listener, { othersOnly: true });
  return () => {
    Dexie.on.storagemutated.unsubscribe(mutated);
    stopAnnounced();
  };
}
