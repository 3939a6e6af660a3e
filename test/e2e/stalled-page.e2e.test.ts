import { describe, expect, it } from 'vitest';
import { contextMenuClick, openPage, openPopupFor } from './browser';
import { inputValueOf, shown } from './expect';
import { useE2eSession } from './session';
import { storedEntry } from './store';

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
