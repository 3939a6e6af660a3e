import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension, openPage, openPopupFor } from './browser';
import { inputValueOf, shown, textOf } from './expect';
import { startSite, type TestSite } from './site';
import { storedEntry } from './store';

/**
 * Firefox only: storage.sync can be turned off (webextensions.storage.sync.enabled,
 * as some distributions and enterprise policies do). Firefox then keeps the
 * sync area in this profile only: settings and the template must still work.
 */
let browser: ExtensionBrowser;
let site: TestSite;

beforeAll(async () => {
  [browser, site] = await Promise.all([
    launchWithExtension(undefined, 'en-US', {
      prefs: { 'webextensions.storage.sync.enabled': false },
    }),
    startSite(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('with storage.sync turned off', () => {
  it('still captures through the popup', async () => {
    const article = await openPage(browser, site.url('article.html'));
    const popup = await openPopupFor(browser, article);
    await inputValueOf(popup.getByRole('textbox', { name: 'Title' })).toBe('Grafana v6.0 Released');
    await popup.getByRole('textbox', { name: 'Note' }).fill('Without sync.');
    const closed = browser.whenClosed(popup);
    await popup.getByRole('button', { name: 'Save' }).click();
    await closed;
    expect(await storedEntry(browser, site.url('article.html'))).toMatchObject({
      note: 'Without sync.',
    });
    await article.close();
  });

  it('saves the settings and the template, and reads them back', async () => {
    const options = await openPage(browser, `${browser.url('src/options/index.html')}#settings`);
    await options.getByRole('textbox', { name: 'Series name' }).fill('Sans sync');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await textOf(options.getByRole('status')).toBe('Settings saved.');
    await options.reload();
    await inputValueOf(options.getByRole('textbox', { name: 'Series name' })).toBe('Sans sync');

    await options.goto(`${browser.url('src/options/index.html')}#export`);
    await options.getByRole('combobox', { name: 'Format' }).selectOption('custom');
    await options.getByRole('textbox', { name: 'Template' }).fill('{{ seriesName }}');
    const post = options.getByRole('textbox', { name: 'Post', exact: true });
    await inputValueOf(post).toBe('Sans sync\n');
    // The template is written to storage.sync after a quiet moment; then reopened.
    await expect
      .poll(
        () =>
          browser.inBackground((background) =>
            background.chrome.storage.sync.get(null).then((all) => JSON.stringify(all)),
          ),
        { timeout: 10_000 },
      )
      .toContain('{{ seriesName }}');
    await options.reload();
    await options.getByRole('combobox', { name: 'Format' }).selectOption('custom');
    await inputValueOf(options.getByRole('textbox', { name: 'Template' })).toBe('{{ seriesName }}');
    await shown(post);
    await options.close();
  });
});
