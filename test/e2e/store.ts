import type { E2ePage, ExtensionBrowser } from './browser';

/** An entry as stored, the fields the end-to-end tests look at. */
export interface StoredEntry {
  id: string;
  note: string;
  tags: string[];
  monthKey: string;
  title: string;
}

/** Reads the entry for a clean URL from the extension's IndexedDB. */
async function readEntry(scope: { indexedDB: IDBFactory }, target: string) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = scope.indexedDB.open('veille');
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
}

/** The stored entry for a clean URL, read by the extension's background. */
export function storedEntry(
  browser: ExtensionBrowser,
  url: string,
): Promise<StoredEntry | undefined> {
  // The reader crosses as source, with the background's global as its scope.
  return browser.inBackground(readEntry, url);
}

/** The same, read by one of the extension's pages (when the background is stopped). */
export function storedEntryIn(page: E2ePage, url: string): Promise<StoredEntry | undefined> {
  return page.evaluate(`(${readEntry.toString()})(globalThis, ${JSON.stringify(url)})`);
}
