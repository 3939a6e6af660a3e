/**
 * Sync between two profiles of the browser under test, through a real
 * WebDAV server started on 127.0.0.1 (Apache mod_dav): what one captures,
 * the other sees after Connect, from the options page's Settings → Sync.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DavServer, filesOnDisk, startDavServer } from '../helpers/sync/dav-server';
import { type FaultProxy, startFaultProxy } from '../helpers/sync/fault-proxy';
import {
  DIST_E2E,
  type E2ePage,
  type ExtensionBrowser,
  launchWithExtension,
  openPage,
} from './browser';
import { gone, inputValueOf, shown, textOf } from './expect';
import { startSite, type TestSite } from './site';
import { capture, connectSync, mkcol, synced } from './sync-steps';

/**
 * Firefox asks the author before granting an optional host permission, even
 * one the test build already holds; a headless run has nobody to answer, so
 * the prompt is turned off there (Chromium grants a held origin at once).
 */
const FIREFOX = { prefs: { 'extensions.webextOptionalPermissionPrompts': false } };

let dav: DavServer;
let site: TestSite;
let a: ExtensionBrowser;
let b: ExtensionBrowser;
let folder: string;
/** The server as the browsers reach it: a proxy that can play the network going away. */
let proxy: FaultProxy;
const pages = new Map<ExtensionBrowser, E2ePage>();

beforeAll(async () => {
  [dav, site, a, b] = await Promise.all([
    startDavServer(),
    startSite(),
    launchWithExtension(DIST_E2E, 'en-US', FIREFOX),
    launchWithExtension(DIST_E2E, 'en-US', FIREFOX),
  ]);
  proxy = await startFaultProxy(dav.url);
  folder = `${proxy.url}e2e/`;
  await mkcol(dav, `${dav.url}e2e/`);
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await site?.close();
  await proxy?.stop();
  await dav?.stop();
});

async function connect(browser: ExtensionBrowser, seriesName?: string): Promise<E2ePage> {
  const options = await openPage(browser, `${browser.url('src/options/index.html')}#settings`);
  if (seriesName) {
    await options.getByLabel('Series name').fill(seriesName);
    await options.getByRole('button', { name: 'Save settings' }).click();
    await shown(options.getByText('Settings saved.'));
  }
  await connectSync(options, folder, dav);
  pages.set(browser, options);
  return options;
}

/** Sync now in the profile's open options page; resolves once it says Synced. */
async function syncNow(browser: ExtensionBrowser): Promise<E2ePage> {
  const options = pages.get(browser) as E2ePage;
  await options.getByRole('link', { name: 'Settings' }).click();
  await options.getByRole('button', { name: 'Sync now' }).click();
  await synced(options);
  return options;
}

describe('sync through the author’s WebDAV server', () => {
  it('brings what one profile captured to another', async () => {
    await capture(a, site, 'article.html', 'Seen in A.');
    await connect(a, 'Web, Ops & Data');
    const options = await connect(b);
    // The post's settings came too.
    await options.reload();
    await inputValueOf(options.getByLabel('Series name')).toBe('Web, Ops & Data');
    await options.getByRole('link', { name: 'Entries' }).click();
    await shown(options.getByRole('link', { name: 'Grafana v6.0 Released' }));
    await shown(options.getByText('Seen in A.'));
  });

  it('merges a deletion in one profile with a capture made offline in the other', async () => {
    proxy.down();
    // A deletes the entry; its sync after the change fails quietly (server unreachable).
    const inA = pages.get(a) as E2ePage;
    await inA.getByRole('link', { name: 'Entries' }).click();
    await inA.getByRole('button', { name: 'Delete “Grafana v6.0 Released”' }).click();
    // B captures another page meanwhile.
    await capture(b, site, 'other.html', 'Offline in B.');
    proxy.up();
    await syncNow(a);
    await syncNow(b);
    for (const options of [await syncNow(a), pages.get(b) as E2ePage]) {
      await options.getByRole('link', { name: 'Entries' }).click();
      await shown(options.getByRole('link', { name: 'Loki: like Prometheus, but for logs' }));
      await textOf(options.getByRole('heading', { name: /^Entries: / })).toBe('Entries: 1');
    }
  });

  it('leaves only ciphertext on the server’s disk with a passphrase', async () => {
    const options = pages.get(a) as E2ePage;
    await options.getByRole('link', { name: 'Settings' }).click();
    await options.getByRole('button', { name: 'Disconnect', exact: true }).click();
    await gone(options.getByRole('button', { name: 'Sync now' }));
    // Nothing wakes the worker for a sync any more.
    expect(await a.inBackground((background) => background.chrome.alarms.get('sync'))).toBe(
      undefined,
    );
    await mkcol(dav, `${dav.url}sealed/`);
    await options.getByLabel('Server address').fill(`${proxy.url}sealed/`);
    await options.getByLabel('Password').fill(dav.password);
    await options.getByLabel('Passphrase').fill('correct horse battery staple');
    await options.getByRole('button', { name: 'Connect', exact: true }).click();
    await textOf(options.getByRole('status').filter({ hasText: /Synced at|Sync failed/ })).toMatch(
      /^Synced at /,
    );
    const files = filesOnDisk(dav, 'sealed');
    expect([...files.keys()].some((file) => file.includes('months/'))).toBe(true);
    for (const [file, text] of files) {
      expect(text, file).not.toContain('Loki');
      expect(text, file).not.toContain('Offline in B.');
      expect(text, file).not.toContain('127.0.0.1');
    }
  });
});
