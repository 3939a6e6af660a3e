import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type E2ePage, openPage } from './browser';
import { countOf, gone, shown, textOf } from './expect';
import { useE2eSession } from './session';

const e2e = useE2eSession();

const FILLER = 3000;
const CATEGORIES = ['Data', 'Ops', 'Dev'];
const TAGS = ['rust', 'postgres', 'cloud', 'kafka'];

const entry = (i: number, fields: Record<string, unknown>) => {
  const capturedAt = Date.UTC(2015, 0, 1) + i * 12 * 3_600_000;
  const date = new Date(capturedAt);
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    url: `https://example.org/${i}`,
    title: `Filler ${i} about ${TAGS[i % 4]}`,
    note: i % 2 ? 'A short note.' : 'Another note of a few words.',
    tags: [TAGS[i % 4]],
    category: CATEGORIES[i % 3],
    monthKey: `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`,
    capturedAt,
    updatedAt: capturedAt,
    deletedAt: null,
    meta: {},
    ...fields,
  };
};

/** A backup of a few thousand entries over 50 months, with a few to find among them. */
function backupFile(): string {
  const entries = Array.from({ length: FILLER }, (_, i) => entry(i, {}));
  entries.push(
    entry(FILLER, {
      url: 'https://grafana.com/loki',
      title: 'Loki, like Prometheus, but for logs',
      note: 'La sécurité des journaux, enfin simple.',
      tags: ['Logs'],
      category: 'Observabilité',
      monthKey: '2019-03',
    }),
    entry(FILLER + 1, {
      url: 'https://vector.dev/',
      title: 'Vector',
      note: 'Prometheus-compatible, written in Rust.',
      tags: ['logs'],
      category: 'Data',
      monthKey: '2019-04',
    }),
    entry(FILLER + 2, {
      url: 'https://example.org/gone',
      title: 'Loki deleted',
      tags: ['Logs'],
      deletedAt: Date.UTC(2020, 0, 1),
    }),
  );
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'veille-search-')), 'backup.json');
  const backup = { format: 'veille-backup', version: 2, exportedAt: '2020-01-01T00:00:00.000Z' };
  writeFileSync(file, JSON.stringify({ ...backup, entries, months: [] }));
  return file;
}

const titles = (page: E2ePage) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.entry-title')].map((title) => title.textContent),
  );

describe('library search', () => {
  it('finds entries among thousands by word, #tag, category:, month: and phrase', async () => {
    const options = await openPage(
      e2e.browser,
      `${e2e.browser.url('src/options/index.html')}#settings`,
    );
    await options.getByLabel('Restore from a backup').setInputFiles(backupFile());
    await shown(options.getByRole('status').filter({ hasText: 'Restored' }), 30_000);
    await options.getByRole('link', { name: 'Entries' }).click();
    // The month list: every month with a live entry (filler spans 50 months).
    await countOf(options.getByLabel('Month').locator('option')).toBeGreaterThanOrEqual(51);

    const search = options.getByRole('searchbox', { name: 'Search' });
    const found = options.getByRole('heading', { name: /^Found/ });
    const searchFor = async (text: string, heading: string) => {
      await search.fill(text);
      await textOf(found).toBe(heading);
      return titles(options);
    };

    // Words: by their start, case and accents ignored; a deleted entry never.
    expect(await searchFor('SECU journ', 'Found: 1')).toEqual([
      'Loki, like Prometheus, but for logs',
    ]);
    expect(await searchFor('prometheus', 'Found: 2')).toEqual([
      'Vector',
      'Loki, like Prometheus, but for logs',
    ]);
    // #tag: whole, case ignored.
    expect(await searchFor('#LOGS', 'Found: 2')).toEqual([
      'Vector',
      'Loki, like Prometheus, but for logs',
    ]);
    expect(await searchFor('category:observ', 'Found: 1')).toEqual([
      'Loki, like Prometheus, but for logs',
    ]);
    expect(await searchFor('#logs month:2019-04', 'Found: 1')).toEqual(['Vector']);
    expect(await searchFor('"like prometheus"', 'Found: 1')).toEqual([
      'Loki, like Prometheus, but for logs',
    ]);
    await search.fill('"prometheus like"');
    await shown(options.getByText('No entry matches, in any month.'));

    // A common word: the first page, newest first, then more on request; the
    // total comes from the index (filler i with i % 12 == 7: 250 of them).
    expect(await searchFor('filler category:ops #kafka', 'Found: 250')).toHaveLength(50);
    const first = await titles(options);
    // Filler i has kafka when i % 4 == 3 and Ops when i % 3 == 1: i % 12 == 7.
    expect(first[0]).toBe(`Filler ${FILLER - 5} about kafka`);
    expect(first[1]).toBe(`Filler ${FILLER - 17} about kafka`);
    await options.getByRole('button', { name: 'Show more' }).click();
    await countOf(options.locator('.entry-title')).toBe(100);
    await textOf(found).toBe('Found: 250');
    expect((await titles(options)).slice(0, 50)).toEqual(first);
    // A write shows at once, the total with it.
    await options
      .getByRole('button', { name: `Delete “Filler ${FILLER - 5} about kafka”`, exact: true })
      .click();
    await textOf(found).toBe('Found: 249');
    expect((await titles(options))[0]).toBe(`Filler ${FILLER - 17} about kafka`);

    // A phrase found often: its total would take reading every candidate.
    expect(await searchFor('"short note"', 'Found: 50 or more')).toHaveLength(50);
    await options.getByRole('button', { name: 'Show more' }).click();
    await textOf(found).toBe('Found: 100 or more');

    // Cleared, the search gives way to the month's entries.
    await search.fill('');
    await gone(found);
    await options.close();
  });
});
