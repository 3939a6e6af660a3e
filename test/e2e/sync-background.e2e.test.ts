/**
 * Background sync, with no options page open: the author connects in
 * Settings → Sync and closes the page; what the popup captures then reaches
 * the WebDAV server (Apache mod_dav on 127.0.0.1) by itself, and what
 * another profile put there arrives on the browser's start. In Chromium the
 * sync runs in an offscreen document's worker, in Firefox in a worker of
 * the event page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DavServer, filesOnDisk, startDavServer } from '../helpers/sync/dav-server';
import { DIST_E2E, type ExtensionBrowser, launchWithExtension, openPage } from './browser';
import { startSite, type TestSite } from './site';
import { capture, connectSync, mkcol } from './sync-steps';

/** Firefox asks before granting an optional host permission: nobody answers a headless run. */
const FIREFOX = { prefs: { 'extensions.webextOptionalPermissionPrompts': false } };
/** A sync starts 5 s after the last write; Apache and the worker take a few seconds more. */
const SYNC_TIMEOUT = 30_000;

let dav: DavServer;
let site: TestSite;
let a: ExtensionBrowser;
let b: ExtensionBrowser;
let folder: string;

beforeAll(async () => {
  [dav, site, a, b] = await Promise.all([
    startDavServer(),
    startSite(),
    launchWithExtension(DIST_E2E, 'en-US', FIREFOX),
    launchWithExtension(DIST_E2E, 'en-US', FIREFOX),
  ]);
  folder = `${dav.url}background/`;
  await mkcol(dav, folder);
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await site?.close();
  await dav?.stop();
});

/** Connects in Settings → Sync, then closes the options page. */
async function connectAndClose(browser: ExtensionBrowser): Promise<void> {
  const options = await openPage(browser, `${browser.url('src/options/index.html')}#settings`);
  await connectSync(options, folder, dav);
  await options.close();
  // Connect set the periodic sync's alarm.
  const alarm = await browser.inBackground((background) => background.chrome.alarms.get('sync'));
  expect(alarm?.periodInMinutes).toBe(5);
}

/** The text of every month file on the server's disk. */
const serverMonths = () =>
  [...filesOnDisk(dav, 'background').entries()]
    .filter(([file]) => file.includes('/months/'))
    .map(([, text]) => text)
    .join('\n');

/** The titles of the live entries in a profile's library, read from its background. */
const libraryTitles = (browser: ExtensionBrowser) =>
  browser.inBackground(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('veille');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('entries').objectStore('entries').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            db.close();
            const entries = all.result as { title: string; deletedAt?: number }[];
            resolve(entries.filter((entry) => !entry.deletedAt).map((entry) => entry.title));
          };
        };
      }),
  );

const lastStatus = (browser: ExtensionBrowser) =>
  browser.inBackground(async (background) => {
    const { syncStatus } = await background.chrome.storage.local.get('syncStatus');
    return syncStatus as { failure: string; received: number } | undefined;
  });

describe('background sync, with no options page open', () => {
  it('sends a capture made in the popup to the server by itself', async () => {
    await connectAndClose(a);
    await capture(a, site, 'article.html', 'Sent from the background.');
    await expect
      .poll(serverMonths, { timeout: SYNC_TIMEOUT, interval: 500 })
      .toContain('Sent from the background.');
    await expect.poll(() => lastStatus(a)).toMatchObject({ failure: '' });
    // Chromium's offscreen document is closed once the sync ends (Firefox has none).
    await expect
      .poll(() => a.inBackground((background) => background.chrome.offscreen?.hasDocument()))
      .not.toBe(true);
  });

  it('brings what another profile put on the server when the browser starts', async () => {
    await connectAndClose(b);
    await capture(b, site, 'other.html', 'Captured in B.');
    await expect
      .poll(serverMonths, { timeout: SYNC_TIMEOUT, interval: 500 })
      .toContain('Captured in B.');
    expect(await libraryTitles(a)).not.toContain('Loki: like Prometheus, but for logs');
    // What runtime.onStartup does (a browser start cannot be made on demand).
    await a.inBackground((background) => background.__veilleTest?.syncWake('startup'));
    await expect
      .poll(() => libraryTitles(a), { timeout: SYNC_TIMEOUT, interval: 500 })
      .toContain('Loki: like Prometheus, but for logs');
    await expect.poll(() => lastStatus(a)).toMatchObject({ failure: '', received: 1 });
  });
});
