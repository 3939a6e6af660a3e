/**
 * A Chromium profile and a Firefox profile share one month through the same
 * WebDAV server (Apache mod_dav on 127.0.0.1). In the Chromium run alone: it
 * starts Firefox too, so running it in both runs would only repeat it.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { type DavServer, startDavServer } from '../helpers/sync/dav-server';
import { type E2ePage, type ExtensionBrowser, openPage } from './browser';
import { launchChromium } from './driver/chromium';
import { launchFirefox } from './driver/firefox';
import { shown } from './expect';
import { startSite, type TestSite } from './site';
import { capture, connectSync, mkcol, synced } from './sync-steps';

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
  await mkcol(dav, `${dav.url}shared/`);
});
afterAll(async () => {
  await chromium?.close();
  await firefox?.close();
  await site?.close();
  await dav?.stop();
});

async function connect(browser: ExtensionBrowser) {
  const options = await openPage(browser, `${browser.url('src/options/index.html')}#settings`);
  await connectSync(options, `${dav.url}shared/`, dav);
  pages.set(browser, options);
}

describe('one month shared by Chromium and Firefox', () => {
  it('holds what each browser captured, in both', async () => {
    await capture(chromium, site, 'article.html', 'From Chromium.');
    await connect(chromium);
    await capture(firefox, site, 'other.html', 'From Firefox.');
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
