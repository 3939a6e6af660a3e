import { useEffect, useRef } from 'preact/hooks';
import type { StorageAccess } from './options-deps';

/**
 * Asks the browser once per page, and only once the author has entries, to
 * keep the database when the disk runs low (`navigator.storage.persist()`).
 * Nothing is asked when it is already granted. The answer changes nothing
 * else: a refusal is the browser's default, and Settings → Storage says it.
 */
export function usePersistence(storage: StorageAccess | undefined, hasEntries: boolean): void {
  const asked = useRef(false);
  useEffect(() => {
    if (!storage || !hasEntries || asked.current) return;
    asked.current = true;
    void (async () => {
      if (!(await storage.persisted())) await storage.persist();
    })().catch(() => undefined);
  }, [storage, hasEntries]);
}
