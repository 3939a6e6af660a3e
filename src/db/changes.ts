import type { EntryId, MonthKey } from '../core/types';

/** What one write changed: the ids of the records it wrote. */
export interface StoreChange {
  entryIds: EntryId[];
  monthKeys: MonthKey[];
}

/**
 * Every write is announced on this channel, to every extension page and the
 * worker (same origin), this one included: an open library refreshes, the
 * badge follows, and sync will listen here. Dexie's live queries see Dexie's
 * own writes; the announcement is for everyone else.
 */
const CHANNEL_NAME = 'veille-store-changes';

export function announceChange(change: StoreChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage(change);
  channel.close();
}

/** Calls `listener` for every announced change; returns the way to stop. */
export function onStoreChange(listener: (change: StoreChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<StoreChange>) => listener(event.data);
  return () => channel.close();
}
