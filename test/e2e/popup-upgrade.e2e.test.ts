import { describe, expect, it } from 'vitest';
import { type E2ePage, openPage, openPopupFor } from './browser';
import { inputValueOf, textOf } from './expect';
import { useE2eSession } from './session';
import { storedEntry } from './store';

const e2e = useE2eSession();

/**
 * Replaces the extension's database with one left by Veille's first schema
 * (Dexie version 1, IndexedDB version 10), holding one entry of that time.
 * Runs in the background, as source: it may use only its parameter.
 */
async function leaveVersion1Database(scope: { indexedDB: IDBFactory }): Promise<number> {
  const settle = (request: IDBRequest | IDBOpenDBRequest) =>
    new Promise<unknown>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  // The background's own connection closes when asked (versionchange).
  await settle(scope.indexedDB.deleteDatabase('veille'));
  const opening = scope.indexedDB.open('veille', 10);
  opening.onupgradeneeded = () => {
    const db = opening.result;
    const entries = db.createObjectStore('entries', { keyPath: 'id' });
    entries.createIndex('url', 'url', { unique: true });
    entries.createIndex('tags', 'tags', { multiEntry: true });
    for (const field of ['month', 'category', 'capturedAt', 'updatedAt', 'deletedAt']) {
      entries.createIndex(field, field);
    }
    db.createObjectStore('months', { keyPath: 'id' }).createIndex('updatedAt', 'updatedAt');
    db.createObjectStore('drafts', { keyPath: 'url' }).createIndex('updatedAt', 'updatedAt');
    entries.put({
      id: 'from-version-1',
      url: 'https://example.org/older',
      title: 'Captured by the first Veille',
      note: '',
      tags: ['history'],
      category: 'Misc',
      month: '2026-01',
      capturedAt: Date.UTC(2026, 0, 5),
      updatedAt: Date.UTC(2026, 0, 5),
      deletedAt: null,
      meta: {},
    });
  };
  const db = (await settle(opening)) as IDBDatabase;
  const version = db.version;
  db.close();
  return version;
}

describe('the popup and an older database', () => {
  it('upgrades it with Dexie, loaded then, and captures as usual', async () => {
    expect(await e2e.browser.inBackground(leaveVersion1Database)).toBe(10);

    const article: E2ePage = await openPage(e2e.browser, e2e.site.url('article.html'));
    const popup = await openPopupFor(e2e.browser, article);
    await inputValueOf(popup.getByRole('textbox', { name: 'Title' })).toBe('Grafana v6.0 Released');
    const closed = e2e.browser.whenClosed(popup);
    await popup.getByRole('button', { name: 'Save' }).click();
    await textOf(popup.getByRole('status')).toMatch(/Saved/);
    await closed;

    expect((await storedEntry(e2e.browser, e2e.site.url('article.html')))?.title).toBe(
      'Grafana v6.0 Released',
    );
    // The first schema's entry went through Dexie's upgrade: its month is `monthKey` now.
    expect((await storedEntry(e2e.browser, 'https://example.org/older'))?.monthKey).toBe('2026-01');
    await article.close();
  });
});
