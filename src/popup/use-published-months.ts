import { useEffect, useState } from 'preact/hooks';
import type { MonthKey } from '../core/types';
import type { HotStore } from '../db/hot-store';

/** Months already published, loaded after the form is on screen (empty until then). */
export function usePublishedMonths(store: Pick<HotStore, 'publishedMonths'>): Set<MonthKey> {
  const [published, setPublished] = useState<Set<MonthKey>>(new Set());
  useEffect(() => {
    store.publishedMonths().then(setPublished, () => undefined);
  }, [store]);
  return published;
}
