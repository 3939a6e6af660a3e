/**
 * The site's folder the author chose (a FileSystemDirectoryHandle), kept
 * across sessions in a small database of its own, `veille-site-folder`: the
 * main database's schema is not touched, and a backup never holds it.
 */
import { openDB } from 'idb';

const DATABASE = 'veille-site-folder';
const STORE = 'handles';
const KEY = 'site';

function open(name: string) {
  return openDB(name, 1, {
    upgrade(db) {
      db.createObjectStore(STORE);
    },
  });
}

/** The handle last remembered, or null. `name` is for tests. */
export async function recallSiteFolder<T = FileSystemDirectoryHandle>(
  name = DATABASE,
): Promise<T | null> {
  const db = await open(name);
  try {
    return ((await db.get(STORE, KEY)) as T | undefined) ?? null;
  } finally {
    db.close();
  }
}

/** Remembers `handle` (structured-cloned, as IndexedDB keeps directory handles). */
export async function rememberSiteFolder<T = FileSystemDirectoryHandle>(
  handle: T,
  name = DATABASE,
): Promise<void> {
  const db = await open(name);
  try {
    await db.put(STORE, handle, KEY);
  } finally {
    db.close();
  }
}
