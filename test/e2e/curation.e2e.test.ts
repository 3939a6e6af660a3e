import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe';
import { type E2ePage, openPage, openPopupFor } from './browser';
import { countOf, gone, shown, textOf } from './expect';
import { useE2eSession } from './session';
import { storedEntryIn } from './store';

const e2e = useE2eSession();

async function capture(pagePath: string, note: string): Promise<void> {
  const article = await openPage(e2e.browser, e2e.site.url(pagePath));
  const popup = await openPopupFor(e2e.browser, article);
  await popup.getByRole('textbox', { name: 'Note' }).fill(note);
  const closed = e2e.browser.whenClosed(popup);
  await popup.getByRole('button', { name: 'Save' }).click();
  await closed;
  await article.close();
}

/** The Select checkbox of the entry whose title is `title`. */
const selectBox = (page: E2ePage, title: string) =>
  page.getByRole('listitem').filter({ hasText: title }).getByRole('checkbox', { name: 'Select' });

const GRAFANA = 'Grafana v6.0 Released';
const K3S = 'K3s: Lightweight Kubernetes';
const LOKI = 'Loki: like Prometheus, but for logs';

describe('curating the library', () => {
  it('selects entries and sets a category, adds a tag, moves, deletes and undoes, renames a tag', async () => {
    await capture('article.html', 'Explore arrive.');
    await capture('k3s.html', 'Kubernetes en petit.');
    await capture('other.html', 'Les logs.');

    const options = await openPage(
      e2e.browser,
      `${e2e.browser.url('src/options/index.html')}#entries`,
    );
    await countOf(options.getByRole('checkbox', { name: 'Select' })).toBe(3);
    await textOf(options.getByText(/^Selected: /)).toBe('Selected: 0');

    // A click, then a shift-click: the range between them.
    // A click, then Shift+Space on the last: the keyboard's shift-click selects the range.
    await selectBox(options, GRAFANA).click();
    await textOf(options.getByText(/^Selected: /)).toBe('Selected: 1');
    await selectBox(options, LOKI).focus();
    await selectBox(options, LOKI).press('Shift+ ');
    await textOf(options.getByText(/^Selected: /)).toBe('Selected: 3');
    await options.getByRole('button', { name: 'Clear selection' }).click();
    await options.getByRole('button', { name: 'Select all' }).click();
    await textOf(options.getByText(/^Selected: /)).toBe('Selected: 3');
    expect(await seriousViolations(options)).toEqual([]);

    await options.getByLabel('Category for the selection').fill('Observability');
    await options.getByRole('button', { name: 'Set category' }).click();
    await shown(options.getByRole('heading', { name: 'Observability' }));
    await textOf(options.getByRole('status')).toBe('Entries changed: 3.');

    // Keyboard only: Enter in the tag field adds it.
    await options.getByLabel('Tag for the selection').fill('grafana');
    await options.getByLabel('Tag for the selection').press('Enter');
    await textOf(options.getByRole('status')).toBe('Entries changed: 3.');
    await shown(options.getByText('#grafana').first());
    expect((await storedEntryIn(options, e2e.site.url('k3s.html')))?.tags).toEqual(['grafana']);

    // One entry, chosen with the keyboard, moves to another month.
    await options.getByRole('button', { name: 'Clear selection' }).click();
    await textOf(options.getByText(/^Selected: /)).toBe('Selected: 0');
    await selectBox(options, LOKI).focus();
    // ' ' is Space for both drivers (puppeteer's BiDi keyboard knows no "Space").
    await selectBox(options, LOKI).press(' ');
    await textOf(options.getByText(/^Selected: /)).toBe('Selected: 1');
    await options.getByLabel('Month for the selection (YYYY-MM)').fill('2019-03');
    await options.getByRole('button', { name: 'Move to month' }).click();
    await gone(options.getByRole('link', { name: LOKI }));
    expect((await storedEntryIn(options, e2e.site.url('other.html')))?.monthKey).toBe('2019-03');

    // Delete what is left, then Undo.
    await options.getByRole('button', { name: 'Select all' }).click();
    await textOf(options.getByText(/^Selected: /)).toBe('Selected: 2');
    await options.getByRole('button', { name: 'Delete selected' }).click();
    await shown(options.getByText(/^No entries this month yet\./));
    await textOf(options.getByRole('status')).toBe('Entries deleted: 2. Undo');
    await options.getByRole('button', { name: 'Undo' }).click();
    await shown(options.getByRole('link', { name: GRAFANA }));
    await shown(options.getByRole('link', { name: K3S }));

    // The tags manager: grafana is on the three live entries; rename it.
    await options.getByRole('link', { name: 'Tags' }).click();
    const row = options.getByRole('row').filter({ hasText: 'grafana' });
    await textOf(row).toBe('grafana3Rename');
    expect(await seriousViolations(options)).toEqual([]);
    await row.getByRole('button', { name: 'Rename' }).click();
    await options.getByRole('textbox', { name: 'New name for “grafana”' }).fill('Grafana Labs');
    await options.getByRole('textbox', { name: 'New name for “grafana”' }).press('Enter');
    await textOf(options.getByRole('status')).toBe('“grafana” is now “Grafana Labs” on 3 entries.');
    await shown(options.getByRole('rowheader', { name: 'Grafana Labs' }));
    for (const page of ['article.html', 'k3s.html', 'other.html']) {
      expect((await storedEntryIn(options, e2e.site.url(page)))?.tags).toEqual(['Grafana Labs']);
    }

    // The categories manager counts them too.
    await options.getByRole('link', { name: 'Categories' }).click();
    await textOf(options.getByRole('row').filter({ hasText: 'Observability' })).toBe(
      'Observability3Rename',
    );

    // Settings says how much is stored.
    await options.getByRole('link', { name: 'Settings' }).click();
    await shown(options.getByText(/^Storage used: \d/));
    await options.close();
  });
});
