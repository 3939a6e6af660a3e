import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type E2ePage, openPage, openPopupFor } from './browser';
import { countOf, focused, inputValueOf, shown, textOf } from './expect';
import { screenshotPath, useE2eSession } from './session';
import { storedEntry as storedIn } from './store';

const e2e = useE2eSession();

async function openArticle(
  page = 'article.html?utm_source=newsletter&utm_medium=email',
): Promise<E2ePage> {
  return openPage(e2e.browser, e2e.site.url(page));
}

async function saveAndWaitClose(popup: E2ePage): Promise<void> {
  const closed = e2e.browser.whenClosed(popup);
  await popup.getByRole('button', { name: 'Save' }).click();
  await textOf(popup.getByRole('status')).toMatch(/Saved|updated/);
  await closed;
}

async function openOptions(): Promise<E2ePage> {
  return openPage(e2e.browser, e2e.browser.url('src/options/index.html'));
}

const storedEntry = (url: string) => storedIn(e2e.browser, url);

describe('capture through the popup', () => {
  it('prefills the page, saves it, and the open options page shows it live', async () => {
    const options = await openOptions();
    await shown(options.getByText(/No entries this month/));

    const article = await openArticle();
    const popup = await openPopupFor(e2e.browser, article);
    const title = popup.getByRole('textbox', { name: 'Title' });
    await inputValueOf(title).toBe('Grafana v6.0 Released');
    await inputValueOf(popup.getByRole('textbox', { name: 'URL' })).toBe(
      e2e.site.url('article.html'),
    );
    await focused(popup.getByRole('textbox', { name: 'Note' })).toBe(true);
    // The static frame drawn before the script ran is gone once the form is there.
    await countOf(popup.locator('#frame')).toBe(0);

    await popup.getByRole('textbox', { name: 'Note' }).fill('Explore arrives, and Loki in the UI.');
    const tags = popup.getByRole('combobox', { name: 'Tags' });
    await tags.fill('grafana');
    await tags.press('Enter');
    await tags.fill('observability,');
    await shown(popup.getByRole('button', { name: 'Remove tag grafana' }));
    await shown(popup.getByRole('button', { name: 'Remove tag observability' }));
    await popup.getByRole('combobox', { name: 'Category' }).fill('Data');
    await saveAndWaitClose(popup);

    // No reload: the options page follows the database live.
    await shown(options.getByRole('link', { name: 'Grafana v6.0 Released' }));
    await shown(options.getByText('Explore arrives, and Loki in the UI.'));
    await shown(options.getByRole('heading', { name: 'Entries: 1' }));
    await options.close();
    await article.close();
  });

  it('reopens a captured page in edit mode and saving again keeps one entry', async () => {
    const article = await openArticle('article.html?fbclid=abc');
    const popup = await openPopupFor(e2e.browser, article);
    await shown(popup.getByText(/Already in your veille/));
    await inputValueOf(popup.getByRole('textbox', { name: 'Note' })).toBe(
      'Explore arrives, and Loki in the UI.',
    );
    await popup.getByRole('textbox', { name: 'Note' }).fill('Updated note.');
    await saveAndWaitClose(popup);

    const options = await openOptions();
    await shown(options.getByText('Updated note.'));
    await shown(options.getByRole('heading', { name: 'Entries: 1' }));
    await options.close();
    await article.close();
  });

  it('refuses a page that is not http(s) and writes nothing', async () => {
    // Without activeTab (only a real click grants it) the browser hides
    // this tab's address, as it does for its own pages.
    const tabId = await e2e.browser.inBackground(
      async (background) => (await background.chrome.tabs.create({ url: 'about:blank' })).id,
    );
    const popup = await openPage(
      e2e.browser,
      e2e.browser.url(`src/popup/index.html?tabId=${tabId}`),
    );
    await textOf(popup.getByRole('alert')).toContain('web pages only');
    await countOf(popup.getByRole('button', { name: 'Save' })).toBe(0);
    await popup.close();
  });

  it('keeps an unsaved draft when the popup closes and restores it next time', async () => {
    const article = await openArticle('other.html');
    const popup = await openPopupFor(e2e.browser, article);
    await popup.getByRole('textbox', { name: 'Note' }).fill('Half-typed thought');
    await popup.getByRole('combobox', { name: 'Tags' }).fill('logs,');
    await shown(popup.getByRole('button', { name: 'Remove tag logs' }));
    await popup.close(); // as a click outside the popup would

    const again = await openPopupFor(e2e.browser, article);
    await shown(again.getByText('Your unsaved changes were restored.'));
    await inputValueOf(again.getByRole('textbox', { name: 'Note' })).toBe('Half-typed thought');
    await shown(again.getByRole('button', { name: 'Remove tag logs' }));
    await again.close();
    await article.close();
  });

  it('captures with the keyboard alone, and a hostile title stays plain text', async () => {
    const article = await openArticle('hostile.html');
    const popup = await openPopupFor(e2e.browser, article);
    await focused(popup.getByRole('textbox', { name: 'Note' })).toBe(true);
    await popup.keyboard.type('Typed without a mouse.');
    await popup.keyboard.press('Tab');
    await focused(popup.getByRole('combobox', { name: 'Tags' })).toBe(true);
    await popup.keyboard.type('security');
    await popup.keyboard.press('Enter');
    await popup.keyboard.type('xss');
    await popup.keyboard.press('Tab'); // leaving the field adds the typed tag
    await focused(popup.getByRole('combobox', { name: 'Category' })).toBe(true);
    await popup.keyboard.type('Sécurité');
    await popup.keyboard.press('Tab');
    await focused(popup.getByRole('combobox', { name: 'Month' })).toBe(true);
    const closed = e2e.browser.whenClosed(popup);
    await popup.keyboard.press('Control+Enter');
    await closed;

    const options = await openOptions();
    const title = '<script>alert(1)</script> [click](javascript:alert(1)) *bold*';
    await shown(options.getByRole('link', { name: title }));
    expect(await options.locator('script:not([src])').count()).toBe(0);
    await shown(options.getByText('#security #xss'));
    await options.close();
    await article.close();
  });

  it('has no serious accessibility violation in the popup and the options page', async () => {
    // Control: the check does see a violation when there is one.
    const control = await e2e.browser.newPage();
    await control.setContent(
      '<html lang="en"><title>x</title><main><input type="text"></main></html>',
    );
    expect((await seriousViolations(control)).map((v) => v.id)).toContain('label');
    await control.close();

    const article = await openArticle('other.html');
    const popup = await openPopupFor(e2e.browser, article);
    await shown(popup.getByRole('button', { name: 'Save' }));
    expect(await seriousViolations(popup)).toEqual([]);
    const options = await openOptions();
    await shown(options.getByRole('link', { name: 'Grafana v6.0 Released' }));
    expect(await seriousViolations(options)).toEqual([]);
    await options.goto(`${e2e.browser.url('src/options/index.html')}#settings`);
    await shown(options.getByRole('button', { name: 'Save settings' }));
    expect(await seriousViolations(options)).toEqual([]);
    await popup.close();
    await options.close();
    await article.close();
  });

  it('saves on a mouse click on Save while tag suggestions are showing', async () => {
    // An earlier capture gives the tags to suggest.
    const seed = await openArticle('other.html?part=seed');
    const first = await openPopupFor(e2e.browser, seed);
    await first.getByRole('textbox', { name: 'Note' }).fill('Seed.');
    await first
      .getByRole('combobox', { name: 'Tags' })
      .fill('cloud-native,cloud-run,cloudflare,cloud-costs,cloud-security,kubernetes,');
    await saveAndWaitClose(first);
    await seed.close();

    const article = await openArticle('other.html?part=fresh');
    const popup = await openPopupFor(e2e.browser, article);
    await popup.getByRole('textbox', { name: 'Note' }).fill('Clicked Save.');
    const tags = popup.getByRole('combobox', { name: 'Tags' });
    await tags.pressSequentially('kub');
    await shown(popup.getByRole('option', { name: 'kubernetes' }));
    await tags.press('ArrowDown');
    await tags.press('Enter');
    await shown(popup.getByRole('button', { name: 'Remove tag kubernetes' }));
    await tags.pressSequentially('cloud');
    await shown(popup.getByRole('listbox', { name: 'Tag suggestions' }));

    // A real click where Save is drawn: no waiting or scrolling for it to be clickable.
    const box = await popup.getByRole('button', { name: 'Save' }).boundingBox();
    if (!box) throw new Error('Save is not on screen');
    const closed = e2e.browser.whenClosed(popup);
    await popup.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await textOf(popup.getByRole('status')).toBe('Saved.');
    await closed;
    // Leaving the field keeps what was typed in it as a tag, as Tab does.
    expect(await storedEntry(e2e.site.url('other.html?part=fresh'))).toMatchObject({
      note: 'Clicked Save.',
      tags: ['kubernetes', 'cloud'],
    });
    await article.close();
  });

  it('files a capture into any month through "Other month…"', async () => {
    const article = await openArticle('other.html?part=archive');
    const popup = await openPopupFor(e2e.browser, article);
    const month = popup.getByRole('combobox', { name: 'Month' });
    await month.selectOption({ label: 'Other month…' });
    const other = popup.getByLabel('Other month');
    // Out of range: refused, and Save does not save under the current month.
    await other.fill('1989-12');
    await other.press('Enter');
    await shown(popup.getByRole('alert'));
    await other.fill('2016-11');
    await inputValueOf(month).toBe('2016-11');
    await saveAndWaitClose(popup);
    expect(await storedEntry(e2e.site.url('other.html?part=archive'))).toMatchObject({
      monthKey: '2016-11',
    });
    await article.close();
  });

  it('takes the README screenshot of the popup', async () => {
    const article = await openArticle('k3s.html?utm_source=hn');
    await article.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('pitch') as HTMLElement);
      getSelection()?.addRange(range);
    });
    const popup = await openPopupFor(e2e.browser, article);
    await popup.setViewportSize({ width: 400, height: 580 });
    const note = popup.getByRole('textbox', { name: 'Note' });
    await inputValueOf(note).toBe(
      '> A certified Kubernetes distribution built for IoT and edge computing.',
    );
    await note.press('End');
    await note.pressSequentially('\n\nUn Kubernetes qui tient dans un binaire de 40 Mo.');
    const tags = popup.getByRole('combobox', { name: 'Tags' });
    await tags.fill('kubernetes,edge,');
    await popup.getByRole('combobox', { name: 'Category' }).fill('Conteneurs et orchestration');
    await note.focus();
    await popup.locator('main').screenshot({ path: screenshotPath('popup') });
    await popup.close();
    await article.close();
  });
});
