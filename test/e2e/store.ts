import type { Worker } from 'playwright-core';

/** An entry as stored, the fields the end-to-end tests look at. */
export interface StoredEntry {
  id: string;
  note: string;
  tags: string[];
  monthKey: string;
  title: string;
}

/** The stored entry for a clean URL, read straight from the extension's IndexedDB. */
export async function storedEntry(worker: Worker, url: string): Promise<StoredEntry | undefined> {
  return worker.evaluate(async (target) => {
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
