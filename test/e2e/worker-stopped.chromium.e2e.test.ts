import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contextMenuClick, openPage } from './browser';
import type { ChromiumExtensionBrowser } from './driver/chromium';
import { useE2eSession } from './session';
import { storedEntryIn } from './store';

/**
 * Chromium only (*.chromium.e2e.test.ts): stopping a service worker is a
 * DevTools-protocol command. Firefox's background is an event page, unloaded
 * when idle: see event-page.firefox.e2e.test.ts.
 */
const e2e = useE2eSession();

describe('a context-menu capture on a busy page, the worker stopped mid-way', () => {
  it('is written before the page is asked anything, and finished when the worker wakes', async () => {
    const chromium = e2e.browser as ChromiumExtensionBrowser;
    const tab = await openPage(e2e.browser, e2e.site.url('busy.html'));
    const url = e2e.site.url('busy.html');
    const tabId = await e2e.browser.tabIdOf(tab);
    const title = await tab.title();
    // The page holds its main thread for 3 s: it cannot answer the page script.
    await tab.evaluate(() => {
      setTimeout(
        () => (window as unknown as { holdMainThread(ms: number): void }).holdMainThread(3000),
        0,
      );
    });
    // Once the timer has fired, the page is busy.
    await new Promise((resolve) => setTimeout(resolve, 100));
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
  });
});
