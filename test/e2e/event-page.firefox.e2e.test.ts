import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, openPage } from './browser';
import { shown } from './expect';
import { startSite, type TestSite } from './site';
import { storedEntry } from './store';

/**
 * Firefox only: its background is an event page, which Firefox unloads when
 * idle (after 30 s; 1 s here) and starts again for the next event.
 */
let browser: ExtensionBrowser;
let site: TestSite;

beforeAll(async () => {
  [browser, site] = await Promise.all([
    launchWithExtension(undefined, 'en-US', {
      prefs: { 'extensions.background.idle.timeout': 1000 },
    }),
    startSite(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the event page', () => {
  it('captures from the context menu after Firefox unloaded the event page', async () => {
    const page = await openPage(browser, site.url('article.html?from=unloaded'));
    const tab = { id: await browser.tabIdOf(page), url: site.url('article.html?from=unloaded') };
    // A mark on the running page's global: a page started again has none.
    await browser.inBackground((background) => {
      (background as unknown as { beforeIdle: boolean }).beforeIdle = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 3000));

    const editorOpened = browser.nextPage();
    // Firefox starts the event page again to answer; the click is its first event.
    const outcome = await browser.inBackground((background, target) => {
      if ((background as unknown as { beforeIdle?: boolean }).beforeIdle) {
        throw new Error('The event page was not unloaded');
      }
      return background.__veilleTest?.contextMenuClick(
        { menuItemId: 'veille-add-page' },
        { ...target, title: 'Grafana' },
      ) as Promise<{ ok: boolean }>;
    }, tab);
    expect(outcome.ok).toBe(true);
    const editor = await editorOpened;
    await shown(editor.getByRole('heading', { name: 'Edit entry' }));
    expect(await storedEntry(browser, site.url('article.html?from=unloaded'))).toMatchObject({
      title: 'Grafana v6.0 Released',
    });
    expect(
      await browser.inBackground((background) => background.chrome.action.getBadgeText({})),
    ).toBe('1');
    // The menus were created at install; Firefox keeps them for the page started again.
    for (const id of ['veille-add-page', 'veille-add-link', 'veille-add-selection']) {
      await browser.inBackground(
        (background, menu) => background.chrome.contextMenus.update(menu, {}),
        id,
      );
    }
    await editor.close();
    await page.close();
  });
});
