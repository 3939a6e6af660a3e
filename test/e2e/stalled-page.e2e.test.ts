import { describe, expect, it } from 'vitest';
import { openPopupFor, tabIdOf } from './browser';
import { inputValueOf, shown } from './expect';
import { useE2eSession } from './session';
import { storedEntry } from './store';

const e2e = useE2eSession();

/** A tab on a page that never finishes loading, once its first bytes are shown. */
async function stalledTab(path: string) {
  const tab = await e2e.browser.context.newPage();
  await tab.goto(e2e.site.url(path), { waitUntil: 'commit' });
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
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Save' }).click();
    await closed;
    expect(
      await storedEntry(e2e.browser.worker, e2e.site.url('never-loads?from=popup')),
    ).toBeTruthy();
    await tab.close();
  });

  it('does not hold the context menu: the entry is written', async () => {
    const tab = await stalledTab('never-loads?from=menu');
    const tabId = await tabIdOf(e2e.browser, tab);
    const editorOpened = e2e.browser.context.waitForEvent('page');
    const outcome = await e2e.browser.worker.evaluate(
      ({ info, target }) =>
        (
          globalThis as unknown as {
            __veilleTest: { contextMenuClick(i: unknown, t: unknown): Promise<{ ok: boolean }> };
          }
        ).__veilleTest.contextMenuClick(info, target),
      {
        info: { menuItemId: 'veille-add-page' },
        target: { id: tabId, url: tab.url(), title: await tab.title() },
      },
    );
    expect(outcome.ok).toBe(true);
    await (await editorOpened).close();
    expect(
      await storedEntry(e2e.browser.worker, e2e.site.url('never-loads?from=menu')),
    ).toBeTruthy();
    await tab.close();
  });
});

describe('a context-menu capture on a busy page, the worker stopped mid-way', () => {
  it('is written before the page is asked anything, and finished when the worker wakes', async () => {
    const tab = await e2e.browser.context.newPage();
    await tab.goto(e2e.site.url('busy.html'));
    const url = e2e.site.url('busy.html');
    const tabId = await tabIdOf(e2e.browser, tab);
    const title = await tab.title();
    // The page holds its main thread for 3 s: it cannot answer the page script.
    void tab.evaluate(() => {
      setTimeout(
        () => (window as unknown as { holdMainThread(ms: number): void }).holdMainThread(3000),
        0,
      );
    });
    const click = e2e.browser.worker
      .evaluate(
        ({ info, target }) =>
          (
            globalThis as unknown as {
              __veilleTest: { contextMenuClick(i: unknown, t: unknown): Promise<unknown> };
            }
          ).__veilleTest.contextMenuClick(info, target),
        { info: { menuItemId: 'veille-add-page' }, target: { id: tabId, url, title } },
      )
      .catch(() => 'stopped');

    // 300 ms later the browser stops the worker (it may, at any time).
    await new Promise((resolve) => setTimeout(resolve, 300));
    const devtools = await e2e.browser.context.newCDPSession(tab);
    await devtools.send('ServiceWorker.enable');
    await devtools.send('ServiceWorker.stopAllWorkers');
    expect(await click).toBe('stopped');

    // The entry is there, from the click's facts (the tab's title).
    const library = await e2e.browser.context.newPage();
    await library.goto(e2e.browser.url('src/options/index.html'));
    expect(await storedEntry(library, url)).toMatchObject({ title: 'Busy page | Heavy Site' });

    // The worker's next start, once the page answers again, finishes the
    // capture with what the page says.
    await tab.evaluate(() => document.readyState);
    await devtools.send('ServiceWorker.startWorker', {
      scopeURL: `chrome-extension://${e2e.browser.extensionId}/`,
    });
    await expect
      .poll(async () => (await storedEntry(library, url))?.title, { timeout: 15_000 })
      .toBe('A page whose main thread is busy');
    await library.close();
    await tab.close();
  });
});
