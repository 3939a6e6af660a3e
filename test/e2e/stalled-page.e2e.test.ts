import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contextMenuClick, openPage, openPopupFor } from './browser';
import type { ChromiumExtensionBrowser } from './driver/chromium';
import { inputValueOf, shown } from './expect';
import { inChromium, useE2eSession } from './session';
import { storedEntry, storedEntryIn } from './store';

const e2e = useE2eSession();

/** A tab on a page that never finishes loading, once its first bytes are shown. */
async function stalledTab(path: string) {
  const tab = await openPage(e2e.browser, e2e.site.url(path), { waitUntil: 'commit' });
  await tab.waitForFunction(() => document.title !== '');
  return tab;
}

describe('a page that never finishes loading', () => {
  it('does not hold the popup: the form shows, filled from the page or the tab, and saves', async () => {
    const tab = await stalledTab('never-loads?from=popup');
    expect(await tab.evaluate(() => document.readyState)).toBe('loading');
    const popup = await openPopupFor(e2e.browser, tab);
    await shown(popup.getByRole('button', { name: 'Save' }));
    // Read at once, as far as the page got; the tab's title is the fallback.
    await inputValueOf(popup.getByRole('textbox', { name: 'Title' })).toMatch(
      /^(A page that never finishes loading|Stalled page)$/,
    );
    const closed = e2e.browser.whenClosed(popup);
    await popup.getByRole('button', { name: 'Save' }).click();
    await closed;
    expect(await storedEntry(e2e.browser, e2e.site.url('never-loads?from=popup'))).toBeTruthy();
    await tab.close();
  });

  it('does not hold the context menu: the entry is written', async () => {
    const tab = await stalledTab('never-loads?from=menu');
    const tabId = await e2e.browser.tabIdOf(tab);
    const editorOpened = e2e.browser.nextPage();
    const outcome = await contextMenuClick<{ ok: boolean }>(
      e2e.browser,
      { menuItemId: 'veille-add-page' },
      { id: tabId, url: e2e.site.url('never-loads?from=menu'), title: await tab.title() },
    );
    expect(outcome.ok).toBe(true);
    await (await editorOpened).close();
    expect(await storedEntry(e2e.browser, e2e.site.url('never-loads?from=menu'))).toBeTruthy();
    await tab.close();
  });
});

describe('a context-menu capture on a busy page, the worker stopped mid-way', () => {
  // Chromium only: stopping a service worker is a DevTools-protocol command; in
  // Firefox the background is an event page (see firefox.e2e.test.ts).
  it.runIf(inChromium)(
    'is written before the page is asked anything, and finished when the worker wakes',
    async () => {
      const chromium = e2e.browser as ChromiumExtensionBrowser;
      const tab = await openPage(e2e.browser, e2e.site.url('busy.html'));
      const url = e2e.site.url('busy.html');
      const tabId = await e2e.browser.tabIdOf(tab);
      const title = await tab.title();
      // The page holds its main thread for 3 s: it cannot answer the page script.
      void tab.evaluate(() => {
        setTimeout(
          () => (window as unknown as { holdMainThread(ms: number): void }).holdMainThread(3000),
          0,
        );
      });
      const click = contextMenuClick(
        e2e.browser,
        { menuItemId: 'veille-add-page' },
        { id: tabId, url, title },
      ).catch(() => 'stopped');

      // 300 ms later the browser stops the worker (it may, at any time).
      await new Promise((resolve) => setTimeout(resolve, 300));
      const devtools = await chromium.context.newCDPSession(tab as Page);
      await devtools.send('ServiceWorker.enable');
      await devtools.send('ServiceWorker.stopAllWorkers');
      expect(await click).toBe('stopped');

      // The entry is there, from the click's facts (the tab's title).
      const library = await openPage(e2e.browser, e2e.browser.url('src/options/index.html'));
      expect(await storedEntryIn(library, url)).toMatchObject({ title: 'Busy page | Heavy Site' });

      // The worker's next start, once the page answers again, finishes the
      // capture with what the page says.
      await tab.evaluate(() => document.readyState);
      await devtools.send('ServiceWorker.startWorker', {
        scopeURL: `chrome-extension://${chromium.extensionId}/`,
      });
      await expect
        .poll(async () => (await storedEntryIn(library, url))?.title, { timeout: 15_000 })
        .toBe('A page whose main thread is busy');
      await library.close();
      await tab.close();
    },
  );
});
