import type { Page, Worker } from 'playwright-core';

/** An entry as stored, the fields the end-to-end tests look at. */
export interface StoredEntry {
  id: string;
  note: string;
  tags: string[];
  monthKey: string;
  title: string;
}

/**
 * The stored entry for a clean URL, read straight from the extension's
 * IndexedDB by its worker or one of its pages.
 */
export async function storedEntry(
  context: Worker | Page,
  url: string,
): Promise<StoredEntry | undefined> {
  // Worker and Page both evaluate a function in the extension's origin.
  return (context as Worker).evaluate(async (target: string) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('veille');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<StoredEntry | undefined>((resolve, reject) => {
        const request = db.transaction('entries').objectStore('entries').index('url').get(target);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, url);
}
