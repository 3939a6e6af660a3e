import type { EntryId, MonthKey } from '../core/types';

/** What one write changed: the ids of the records it wrote. */
export interface StoreChange {
  entryIds: EntryId[];
  monthKeys: MonthKey[];
  /** Written by a sync: what sync itself need not send again. */
  fromSync?: boolean;
}

/**
 * Every write is announced on this channel, to every extension page and the
 * worker (same origin), this one included: an open library refreshes, the
 * badge follows, and sync will listen here. Dexie's live queries see Dexie's
 * own writes; the announcement is for everyone else.
 */
const CHANNEL_NAME = 'veille-store-changes';

/** This page's or worker's own mark on what it announces. */
const THIS_CONTEXT = crypto.randomUUID();

interface Announcement {
  change: StoreChange;
  from: string;
}

/** Announces a write; `from` is this context (tests stand in for another page). */
export function announceChange(change: StoreChange, from: string = THIS_CONTEXT): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.postMessage({ change, from } satisfies Announcement);
  channel.close();
}

/**
 * Calls `listener` for every announced change; returns the way to stop.
 * `othersOnly`: not this page's own writes (its Dexie live queries see those).
 */
export function onStoreChange(
  listener: (change: StoreChange) => void,
  { othersOnly = false }: { othersOnly?: boolean } = {},
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = ({ data }: MessageEvent<Announcement>) => {
    if (othersOnly && data.from === THIS_CONTEXT) return;
    listener(data.change);
  };
  return () => channel.close();
}
