import { describe, expect, it } from 'vitest';
import { contextMenuClick, type E2ePage, openPage } from './browser';
import { shown } from './expect';
import { useE2eSession } from './session';
import { storedEntry } from './store';

const e2e = useE2eSession();

interface Click {
  menuItemId: string;
  linkUrl?: string;
  selectionText?: string;
  pageUrl?: string;
}

interface Outcome {
  ok: boolean;
  updated?: boolean;
  entry?: { id: string; url: string; title: string; note: string; meta: Record<string, string> };
}

/** Calls the real context-menu handler through the e2e build's hook, as a click would. */
async function menuClick(
  page: E2ePage,
  click: Click,
): Promise<{ outcome: Outcome; editor: E2ePage }> {
  const tab = {
    id: await e2e.browser.tabIdOf(page),
    url: await page.evaluate(() => location.href),
    title: await page.title(),
  };
  const editorOpened = e2e.browser.nextPage();
  const outcome = await contextMenuClick<Outcome>(e2e.browser, click, tab);
  return { outcome, editor: await editorOpened };
}

/** Selects the contents of the element with this id, as the author would with the mouse. */
async function select(page: E2ePage, id: string): Promise<string> {
  return page.evaluate((target) => {
    const selection = getSelection();
    selection?.removeAllRanges();
    const range = document.createRange();
    range.selectNodeContents(document.getElementById(target) as HTMLElement);
    selection?.addRange(range);
    return selection?.toString() ?? '';
  }, id);
}

async function badgeText(): Promise<string> {
  return e2e.browser.inBackground((background) => background.chrome.action.getBadgeText({}));
}

describe('context menu "Add to veille"', () => {
  it('captures a page at once, sets the badge and opens the editor on the entry', async () => {
    const page = await openPage(e2e.browser, e2e.site.url('article.html?utm_campaign=x'));
    const { outcome, editor } = await menuClick(page, { menuItemId: 'veille-add-page' });
    expect(outcome.ok).toBe(true);
    expect(outcome.entry?.url).toBe(e2e.site.url('article.html'));
    expect(outcome.entry?.title).toBe('Grafana v6.0 Released');
    // Only the script run in the page (built, serialised) can have read these.
    expect(outcome.entry?.meta).toMatchObject({
      siteName: 'Grafana Labs',
      description: 'Explore, Loki and a new panel editor.',
      lang: 'en',
    });
    expect(await badgeText()).toBe('1');
    expect(await editor.evaluate(() => location.href)).toContain(`entryId=${outcome.entry?.id}`);
    await shown(editor.getByRole('heading', { name: 'Edit entry' }));
    await editor.close();
    await page.close();
  });

  it('captures a link with its target and its text as title', async () => {
    const page = await openPage(e2e.browser, e2e.site.url('article.html'));
    const href = await page.locator('#related').evaluate((a) => a.href);
    const { outcome, editor } = await menuClick(page, {
      menuItemId: 'veille-add-link',
      linkUrl: href,
    });
    expect(outcome.entry?.url).toBe(e2e.site.url('other'));
    expect(outcome.entry?.title).toBe('Loki: like Prometheus, but for logs');
    expect(await badgeText()).toBe('2');
    await editor.close();
    await page.close();
  });

  it('quotes a selection in the note, and appends a new one to an already captured page', async () => {
    const page = await openPage(e2e.browser, e2e.site.url('article.html'));
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('lede') as HTMLElement);
      getSelection()?.addRange(range);
    });
    const selectionText = await page.evaluate(() => getSelection()?.toString() ?? '');
    const { outcome, editor } = await menuClick(page, {
      menuItemId: 'veille-add-selection',
      selectionText,
    });
    // The page was captured by the first test: updated, not duplicated.
    expect(outcome.updated).toBe(true);
    expect(outcome.entry?.note).toBe(`> ${selectionText}`);
    expect(await badgeText()).toBe('2');
    await expect
      .poll(() => editor.getByRole('textbox', { name: 'Note' }).inputValue())
      .toContain('> Grafana 6.0 brings Explore');
    await editor.close();
    await page.close();
  });

  it('keeps both quotes and the comment when a first editor is saved after a second selection', async () => {
    const page = await openPage(e2e.browser, e2e.site.url('article.html?part=two-editors'));
    const url = e2e.site.url('article.html?part=two-editors');
    const first = await menuClick(page, {
      menuItemId: 'veille-add-selection',
      selectionText: await select(page, 'lede'),
    });
    const note = first.editor.getByRole('textbox', { name: 'Note' });
    await expect.poll(() => note.inputValue()).toContain('> Grafana 6.0 brings Explore');
    await note.fill(`${await note.inputValue()}\n\nMy comment.`);

    // While that editor is open, a second passage of the same page is added.
    const second = await menuClick(page, {
      menuItemId: 'veille-add-selection',
      selectionText: await select(page, 'title-heading'),
    });
    await second.editor.close();
    expect((await storedEntry(e2e.browser, url))?.note).toContain('> Grafana v6.0 Released');

    const closed = e2e.browser.whenClosed(first.editor);
    await first.editor.getByRole('button', { name: 'Save' }).click();
    await closed;
    const stored = await storedEntry(e2e.browser, url);
    expect(stored?.note).toBe(
      '> Grafana 6.0 brings Explore, a new way to query data, and Loki integration.\n\nMy comment.\n\n> Grafana v6.0 Released',
    );
    await page.close();
  });
});
