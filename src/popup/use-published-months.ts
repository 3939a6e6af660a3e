import { useEffect, useState } from 'preact/hooks';
import type { MonthKey } from '../core/types';
import type { VeilleDatabase } from '../db/database';
import { publishedMonths } from '../db/months';

/** Months already published, loaded after the form is on screen (empty until then). */
export function usePublishedMonths(db: VeilleDatabase): Set<MonthKey> {
  const [published, setPublished] = useState<Set<MonthKey>>(new Set());
  useEffect(() => {
    publishedMonths(db).then(setPublished, () => undefined);
  }, [db]);
  return published;
}
