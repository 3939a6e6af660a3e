import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/**
 * The result of a Dexie query, re-run whenever the data it read changes,
 * including writes from the popup or the background (same origin).
 * `undefined` until the first result arrives.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    // A new query (another month) must not show the previous one's result meanwhile.
    setValue(undefined);
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: () => setValue(undefined),
    });
    return () => subscription.unsubscribe();
  }, deps);
  return value;
}
