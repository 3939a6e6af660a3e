import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type E2ePage, openPage, openPopupFor } from './browser';
import { countOf, inputValueOf, shown, textOf } from './expect';
import { screenshotPath, useE2eSession } from './session';

const e2e = useE2eSession();

async function capture(
  pagePath: string,
  note: string,
  category: string,
  tag: string,
): Promise<void> {
  const article = await openPage(e2e.browser, e2e.site.url(pagePath));
  const popup = await openPopupFor(e2e.browser, article);
  await popup.getByRole('textbox', { name: 'Note' }).fill(note);
  await popup.getByRole('combobox', { name: 'Tags' }).fill(`${tag},`);
  await popup.getByRole('combobox', { name: 'Category' }).fill(category);
  const closed = e2e.browser.whenClosed(popup);
  await popup.getByRole('button', { name: 'Save' }).click();
  await closed;
  await article.close();
}

async function openExport(): Promise<E2ePage> {
  const options = await e2e.browser.newPage();
  await options.setViewportSize({ width: 1280, height: 900 });
  await options.goto(`${e2e.browser.url('src/options/index.html')}#export`);
  await shown(options.getByRole('textbox', { name: 'Post', exact: true }));
  return options;
}

describe('monthly export', () => {
  it('turns captured pages into a Hugo post, in French, and downloads it', async () => {
    // The author's settings: series name and post language.
    const settings = await openPage(
      e2e.browser,
      `${e2e.browser.url('src/options/index.html')}#settings`,
    );
    await settings.getByRole('textbox', { name: 'Series name' }).fill('Web, Ops & Data');
    await settings.getByRole('combobox', { name: 'Post language' }).selectOption('fr');
    await settings.getByRole('button', { name: 'Save settings' }).click();
    await shown(settings.getByText('Settings saved.'));
    await settings.close();

    await capture('article.html', 'Explore *arrive*.', 'Data', 'grafana');
    await capture('other.html', 'Les logs façon Prometheus.', 'Logs', 'loki');

    const options = await openExport();
    const post = options.getByRole('textbox', { name: 'Post', exact: true });
    await expect.poll(() => post.inputValue()).toContain('title: "Web, Ops & Data - ');
    const text = await post.inputValue();
    expect(text).toContain('tags: ["grafana", "loki"]');
    expect(text).toContain(
      `## Data\n\n- [Grafana v6.0 Released](${e2e.site.url('article.html')}) : Explore *arrive*.`,
    );
    expect(text.indexOf('## Data')).toBeLessThan(text.indexOf('## Logs'));

    // The month's own text goes into the post as it is typed.
    await options.getByRole('textbox', { name: 'Intro', exact: true }).fill('Un mois chargé.');
    await expect.poll(() => post.inputValue()).toContain('---\n\nUn mois chargé.\n\n## Data');

    await options.locator('main').screenshot({ path: screenshotPath('export') });

    await e2e.browser.allowClipboard();
    await options.getByRole('button', { name: 'Copy' }).click();
    await shown(options.getByText('Copied to the clipboard.'));
    expect(await options.evaluate(() => navigator.clipboard.readText())).toBe(
      await post.inputValue(),
    );

    const download = await e2e.browser.download(options, () =>
      options.getByRole('button', { name: 'Download' }).click(),
    );
    expect(download.name).toMatch(/^\d{4}-\d{2}-\d{2}-web-ops-data-[a-z]+-\d{4}\.md$/);
    expect(readFileSync(download.path, 'utf8')).toBe(await post.inputValue());
    await options.close();
  });

  it('keeps the month text and offers HTML and a custom template with its errors', async () => {
    const options = await openExport();
    await inputValueOf(options.getByRole('textbox', { name: 'Intro', exact: true })).toBe(
      'Un mois chargé.',
    );

    await options.getByRole('combobox', { name: 'Format' }).selectOption('html');
    const post = options.getByRole('textbox', { name: 'Post', exact: true });
    await expect.poll(() => post.inputValue()).toContain('<h2>Data</h2>');
    expect(await post.inputValue()).toContain('<em>arrive</em>');

    // An HTML post is copied as rich text too, for newsletter editors.
    await options.getByRole('button', { name: 'Copy' }).click();
    await shown(options.getByText('Copied to the clipboard.'));
    const types = await options.evaluate(async () => (await navigator.clipboard.read())[0]?.types);
    expect(types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));

    await options.getByRole('combobox', { name: 'Format' }).selectOption('custom');
    const template = options.getByRole('textbox', { name: 'Template' });
    await template.fill('{% for s in sections %}{{ s.name }};{% endfor %}');
    await expect.poll(() => post.inputValue()).toBe('Data;Logs;\n');
    await template.fill('line one\n{% for s in sections %}{{ s.name ');
    await shown(options.getByRole('alert').filter({ hasText: 'Template error, line 2' }));
    await options.close();
  });

  it('marks the month as published and flags entries added since', async () => {
    const options = await openExport();
    await options.getByRole('combobox', { name: 'Format' }).selectOption('hugo');
    await options.getByRole('button', { name: 'Mark as published' }).click();
    await shown(options.getByText(/Published on/));
    await capture('hostile.html', 'Après publication.', 'Sécurité', 'xss');
    await shown(options.getByText('1 entries were added since.'));
    await options.goto(`${e2e.browser.url('src/options/index.html')}#entries`);
    const flagged = options.getByRole('listitem').filter({ hasText: 'New since publication' });
    await countOf(flagged).toBe(1);
    await shown(flagged.getByText('Après publication.'));
    await options.close();
  });

  it("offers only the selected month's post: nothing when that month cannot render", async () => {
    // A backup whose month is published on February 31st is refused whole...
    const settings = await openPage(
      e2e.browser,
      `${e2e.browser.url('src/options/index.html')}#settings`,
    );
    const restore = (publishDate: string | null) =>
      settings.getByLabel('Restore from a backup').setInputFiles({
        name: 'old.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(februaryBackup(publishDate))),
      });
    await restore('2024-02-31');
    await shown(
      settings
        .getByRole('alert')
        .filter({ hasText: 'the field “publishDate” has an invalid value' }),
    );
    // ...and the same month with no date is restored.
    await restore(null);
    await shown(settings.getByRole('status').filter({ hasText: 'Restored: 1 added' }));
    await settings.close();

    // A template of the author's that fails on February's data alone.
    const options = await openExport();
    const post = options.getByRole('textbox', { name: 'Post', exact: true });
    await options.getByRole('combobox', { name: 'Format' }).selectOption('custom');
    await options
      .getByRole('textbox', { name: 'Template' })
      .fill('{% if monthKey == "2024-02" %}{{ missing }}{% endif %}{{ title }}');
    await expect.poll(() => post.inputValue()).toContain('Web, Ops & Data - ');
    await options.getByRole('combobox', { name: 'Month' }).selectOption('2024-02');
    await shown(options.getByRole('alert').filter({ hasText: 'missing' }));
    expect(await post.inputValue()).toBe('');
    expect(await options.getByRole('button', { name: 'Download' }).isDisabled()).toBe(true);
    expect(await options.getByRole('button', { name: 'Copy' }).isDisabled()).toBe(true);
    // The author's template is kept for the next test's starting point: put the preset back.
    await options.getByRole('combobox', { name: 'Format' }).selectOption('hugo');
    await options.close();
  });

  it('stops a template that prints too much, and the page stays usable', async () => {
    const options = await openExport();
    const post = options.getByRole('textbox', { name: 'Post', exact: true });
    const format = options.getByRole('combobox', { name: 'Format' });
    await format.selectOption('custom');
    const started = Date.now();
    // About 100 MB of output: it used to freeze, then crash, the page.
    await options
      .getByRole('textbox', { name: 'Template' })
      .fill('{% for i in (1..3000000) %}{{ title }}{% endfor %}');
    const error = options.getByRole('alert').filter({ hasText: '5,000,000 characters' });
    // The render's 2 s budget, then a fresh worker: slow on a busy machine.
    await shown(error, 30_000);
    console.info(`too-large template: error shown after ${Date.now() - started} ms`);
    expect(await post.inputValue()).toBe('');
    expect(await options.getByRole('button', { name: 'Download' }).isDisabled()).toBe(true);
    await format.selectOption('markdown');
    await expect.poll(() => post.inputValue()).toMatch(/^# Web, Ops & Data - /);
    await options.close();

    // The template is kept: reopening Export shows its error, not a frozen page.
    const again = await openPage(
      e2e.browser,
      `${e2e.browser.url('src/options/index.html')}#export`,
    );
    await again.getByRole('combobox', { name: 'Format' }).selectOption('custom');
    await shown(again.getByRole('alert').filter({ hasText: '5,000,000 characters' }), 30_000);
    await again.getByRole('combobox', { name: 'Format' }).selectOption('hugo');
    const hugo = again.getByRole('textbox', { name: 'Post', exact: true });
    await expect.poll(() => hugo.inputValue()).toContain('title: "Web, Ops & Data - ');
    await again.getByRole('combobox', { name: 'Format' }).selectOption('custom');
    const template = again.getByRole('textbox', { name: 'Template' });
    await template.fill('{{ title }}\n{{ entrie.title }}');
    await textOf(again.getByRole('alert').filter({ hasText: 'line 2' })).toContain(
      'undefined variable: entrie',
    );
    await again.close();
  });
});

/** A backup of one entry in February 2024 and its month, published on `publishDate`. */
function februaryBackup(publishDate: string | null) {
  const entry = {
    id: 'e2e-feb-2024',
    url: 'https://example.org/february',
    title: 'A February page',
    note: '',
    tags: [],
    category: 'Data',
    monthKey: '2024-02',
    capturedAt: Date.UTC(2024, 1, 10),
    updatedAt: Date.UTC(2024, 1, 10),
    deletedAt: null,
    meta: {},
  };
  const month = {
    id: '2024-02',
    intro: '',
    outro: '',
    sectionIntros: {},
    sectionOrder: [],
    titleOverride: '',
    publishDate,
    publishedAt: null,
    publishedEntryIds: [],
    updatedAt: Date.UTC(2024, 1, 10),
    deletedAt: null,
  };
  return {
    format: 'veille-backup',
    version: 2,
    exportedAt: '2024-03-01T00:00:00.000Z',
    entries: [entry],
    months: [month],
  };
}
