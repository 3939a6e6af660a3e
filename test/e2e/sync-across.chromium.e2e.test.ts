/**
 * A Chromium profile and a Firefox profile share one month through the same
 * WebDAV server (Apache mod_dav on 127.0.0.1). In the Chromium run alone: it
 * starts Firefox too, so running it in both runs would only repeat it.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type DavServer, startDavServer } from '../helpers/sync/dav-server';
import { type E2ePage, type ExtensionBrowser, openPage, openPopupFor } from './browser';
import { launchChromium } from './driver/chromium';
import { launchFirefox } from './driver/firefox';
import { shown, textOf } from './expect';
import { startSite, type TestSite } from './site';

const root = path.resolve(import.meta.dirname, '../..');
let dav: DavServer;
let site: TestSite;
let chromium: ExtensionBrowser;
let firefox: ExtensionBrowser;
const pages = new Map<ExtensionBrowser, E2ePage>();

beforeAll(async () => {
  [dav, site, chromium, firefox] = await Promise.all([
    startDavServer(),
    startSite(),
    launchChromium(path.join(root, 'dist-e2e'), 'en-US'),
    // Nobody can answer Firefox's optional-permission prompt in a headless run.
    launchFirefox(path.join(root, 'dist-firefox-e2e'), 'en-US', {
      prefs: { 'extensions.webextOptionalPermissionPrompts': false },
    }),
  ]);
  await fetch(`${dav.url}shared/`, {
    method: 'MKCOL',
    headers: { Authorization: `Basic ${btoa(`${dav.user}:${dav.password}`)}` },
  });
});
afterAll(async () => {
  await chromium?.close();
  await firefox?.close();
  await site?.close();
  await dav?.stop();
});

async function capture(browser: ExtensionBrowser, pagePath: string, note: string) {
  const article = await openPage(browser, site.url(pagePath));
  const popup = await openPopupFor(browser, article);
  await popup.getByRole('textbox', { name: 'Note' }).fill(note);
  const closed = browser.whenClosed(popup);
  await popup.getByRole('button', { name: 'Save' }).click();
  await closed;
  await article.close();
}

const synced = (options: E2ePage) =>
  textOf(options.getByRole('status').filter({ hasText: /Synced at|Sync failed/ })).toMatch(
    /^Synced at /,
  );

async function connect(browser: ExtensionBrowser) {
  const options = await openPage(browser, `${browser.url('src/options/index.html')}#settings`);
  await options.getByLabel('Server address').fill(`${dav.url}shared/`);
  await options.getByLabel('User name').fill(dav.user);
  await options.getByLabel('Password').fill(dav.password);
  await options.getByRole('button', { name: 'Connect', exact: true }).click();
  await synced(options);
  pages.set(browser, options);
}

describe('one month shared by Chromium and Firefox', () => {
  it('holds what each browser captured, in both', async () => {
    await capture(chromium, 'article.html', 'From Chromium.');
    await connect(chromium);
    await capture(firefox, 'other.html', 'From Firefox.');
    await connect(firefox);
    const inChromium = pages.get(chromium) as E2ePage;
    await inChromium.getByRole('button', { name: 'Sync now' }).click();
    await synced(inChromium);
    for (const options of [inChromium, pages.get(firefox) as E2ePage]) {
      await options.getByRole('link', { name: 'Entries' }).click();
      await shown(options.getByRole('link', { name: 'Grafana v6.0 Released' }));
      await shown(options.getByRole('link', { name: 'Loki: like Prometheus, but for logs' }));
      await shown(options.getByText('From Chromium.'));
      await shown(options.getByText('From Firefox.'));
    }
  });
});
