/** The steps the sync end-to-end tests share: capture, fill in Settings → Sync, wait for Synced. */
import type { DavServer } from '../helpers/sync/dav-server';
import { type E2ePage, type ExtensionBrowser, openPage, openPopupFor } from './browser';
import { textOf } from './expect';
import type { TestSite } from './site';

/** Makes a folder on the WebDAV server, as the author would before connecting. */
export const mkcol = (dav: DavServer, url: string) =>
  fetch(url, {
    method: 'MKCOL',
    headers: { Authorization: `Basic ${btoa(`${dav.user}:${dav.password}`)}` },
  });

/** Captures an article of the test site through the popup, with a note. */
export async function capture(
  browser: ExtensionBrowser,
  site: TestSite,
  pagePath: string,
  note: string,
): Promise<void> {
  const article = await openPage(browser, site.url(pagePath));
  const popup = await openPopupFor(browser, article);
  await popup.getByRole('textbox', { name: 'Note' }).fill(note);
  const closed = browser.whenClosed(popup);
  await popup.getByRole('button', { name: 'Save' }).click();
  await closed;
  await article.close();
}

/** Resolves once the page's sync status says Synced (and fails on Sync failed). */
export const synced = (options: E2ePage) =>
  textOf(options.getByRole('status').filter({ hasText: /Synced at|Sync failed/ })).toMatch(
    /^Synced at /,
  );

/** Fills Settings → Sync in an options page already on Settings, and connects. */
export async function connectSync(options: E2ePage, folder: string, dav: DavServer): Promise<void> {
  await options.getByLabel('Server address').fill(folder);
  await options.getByLabel('User name').fill(dav.user);
  await options.getByLabel('Password').fill(dav.password);
  await options.getByRole('button', { name: 'Connect', exact: true }).click();
  await synced(options);
}
