import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { onStoreChange } from '../db/changes';

/** A live query's state: loading, its latest result, or its failure. */
export type Live<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'failed'; error: unknown };

/**
 * The result of a Dexie query, re-run whenever the data it read changes,
 * including writes from the popup or the background (same origin). A query
 * that fails says so (never "Loading" forever); the next change tries again.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): Live<T> {
  const [live, setLive] = useState<Live<T>>({ state: 'loading' });
  // Dexie sees this page's writes; the popup and the worker write through
  // idb, and every write is announced: their announcements run it again.
  const [announced, setAnnounced] = useState(0);
  useEffect(
    () => onStoreChange(() => setAnnounced((count) => count + 1), { othersOnly: true }),
    [],
  );
  // A new query (another month) must not show the previous one's result
  // meanwhile; the same query run again keeps its result until the new one.
  // Both before the next paint: the old result is never painted for the new
  // query, and the query starts at once, not a frame later.
  useLayoutEffect(() => setLive({ state: 'loading' }), deps);
  useLayoutEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setLive({ state: 'ready', value }),
      error: (error) => setLive({ state: 'failed', error }),
    });
    return () => subscription.unsubscribe();
  }, [...deps, announced]);
  return live;
}

/** The value when ready, else `fallback`. */
export function valueOr<T>(live: Live<T>, fallback: T): T {
  return live.state === 'ready' ? live.value : fallback;
}
