import { describe, expect, it } from 'vitest';
import { AFTER_FIXTURES, bookmarkFixture, htmlFile, record } from '../../../test/helpers/bookmarks';
import { entry } from '../../../test/helpers/post/factory';
import { addedAt, categoryOf, plainTextNote, planBookmarks, readPocketCsv } from './bookmarks';

let n = 0;
const options = {
  now: AFTER_FIXTURES,
  timeZone: 'UTC',
  newId: () => {
    n += 1;
    return `new-${n}`;
  },
};
const KUBE = 'https://kubernetes.io/blog/2019/03/25/kubernetes-1-14-release-announcement/';

describe('planBookmarks', () => {
  it('makes entries of bookmarks: clean URL, category, tags, note, capture time and month', () => {
    const plan = planBookmarks(
      [
        htmlFile([
          record({
            href: `${KUBE}?utm_source=newsletter&fbclid=x`,
            title: '  Kubernetes\n1.14 ',
            tags: ['#Kubernetes, release', 'kubernetes'],
            folders: [
              { name: 'Bookmarks bar', browserRoot: false },
              { name: 'Veille', browserRoot: false },
              { name: 'Cloud native', browserRoot: false },
            ],
            added: '1553554800',
            description: 'Windows *nodes* are GA.\n<b>Read</b> it.',
          }),
        ]),
      ],
      [],
      options,
    );
    expect(plan.putEntries).toEqual([
      {
        id: expect.any(String),
        url: KUBE,
        title: 'Kubernetes 1.14',
        note: 'Windows \\*nodes\\* are GA.\n\\<b\\>Read\\</b\\> it.',
        tags: ['Kubernetes', 'release'],
        category: 'Cloud native',
        monthKey: '2019-03',
        capturedAt: 1553554800_000,
        updatedAt: AFTER_FIXTURES,
        deletedAt: null,
        meta: {},
      },
    ]);
    expect(plan).toMatchObject({
      bookmarks: 1,
      newEntries: 1,
      mergedEntries: 0,
      unchangedEntries: 0,
      duplicates: 0,
      months: [{ key: '2019-03', entryCount: 1 }],
      newTags: ['Kubernetes', 'release'],
      newCategories: ['Cloud native'],
      issues: [],
    });
  });

  it('decides the month in the author’s time zone', () => {
    // 2019-03-31 23:30 UTC is April in Paris.
    const file = htmlFile([record({ href: 'https://a.example/', added: '1554075000' })]);
    expect(planBookmarks([file], [], options).months).toEqual([{ key: '2019-03', entryCount: 1 }]);
    expect(planBookmarks([file], [], { ...options, timeZone: 'Europe/Paris' }).months).toEqual([
      { key: '2019-04', entryCount: 1 },
    ]);
  });

  it('skips and lists links that are not http(s), keeps undated ones dated at import time', () => {
    const plan = planBookmarks(
      [
        htmlFile([
          record({ at: 3, href: 'javascript:alert(1)' }),
          record({ at: 4, href: 'data:text/html,<script>alert(1)</script>' }),
          record({ at: 5, href: 'file:///home/me/notes.txt' }),
          record({ at: 6, href: 'place:parent=toolbar_____' }),
          record({ at: 7, href: '' }),
          record({ at: 8, href: 'https://' }),
          record({ at: 9, href: 'https://a.example/', added: 'yesterday' }),
          record({ at: 10, href: 'https://b.example/', added: '' }),
          record({ at: 11, href: 'https://c.example/', added: '99999999999' }),
        ]),
      ],
      [],
      options,
    );
    expect(plan.issues.map((i) => [i.at, i.problem, i.detail])).toEqual([
      [3, 'unsupported-scheme', 'javascript:'],
      [4, 'unsupported-scheme', 'data:'],
      [5, 'unsupported-scheme', 'file:'],
      [6, 'unsupported-scheme', 'place:'],
      [7, 'no-url', ''],
      [8, 'invalid-url', 'https://'],
      [9, 'bad-date', 'yesterday'],
      [10, 'no-date', ''],
      [11, 'bad-date', '99999999999'],
    ]);
    expect(plan.putEntries.map((e) => [e.url, e.capturedAt, e.monthKey])).toEqual([
      ['https://a.example/', AFTER_FIXTURES, '2019-06'],
      ['https://b.example/', AFTER_FIXTURES, '2019-06'],
      ['https://c.example/', AFTER_FIXTURES, '2019-06'],
    ]);
  });

  it('merges a URL met twice in the files, and one already stored: stored values kept, tags unioned', () => {
    const stored = entry({
      url: KUBE,
      note: 'My own words.',
      category: '',
      monthKey: '2019-04',
      tags: ['k8s'],
    });
    const plan = planBookmarks(
      [
        htmlFile([
          record({ href: KUBE, tags: ['kubernetes'], description: 'From the bookmark.' }),
          record({
            href: 'https://a.example/',
            tags: ['one'],
            folders: [{ name: 'Web', browserRoot: false }],
          }),
        ]),
        htmlFile(
          [
            record({ href: `${KUBE}?utm_medium=email`, tags: ['K8S', 'release'] }),
            record({ href: 'https://a.example/', tags: ['two'], description: 'Filled in.' }),
          ],
          'other.html',
        ),
      ],
      [stored],
      options,
    );
    expect(plan).toMatchObject({ bookmarks: 4, newEntries: 1, mergedEntries: 1, duplicates: 2 });
    expect(plan.months).toEqual([{ key: '2019-03', entryCount: 1 }]);
    const byUrl = new Map(plan.putEntries.map((e) => [e.url, e]));
    expect(byUrl.get(KUBE)).toMatchObject({
      id: stored.id,
      note: 'My own words.',
      monthKey: '2019-04',
      capturedAt: stored.capturedAt,
      tags: ['k8s', 'kubernetes', 'release'],
      updatedAt: AFTER_FIXTURES,
    });
    expect(byUrl.get('https://a.example/')).toMatchObject({
      tags: ['one', 'two'],
      category: 'Web',
      note: 'Filled in.',
    });
  });

  it('plans again with the same ids, and a second import of the same file writes nothing', () => {
    const files = [readPocketCsv('pocket.csv', bookmarkFixture('pocket.csv'))];
    const first = planBookmarks(files, [], options);
    const again = planBookmarks(first.files, [], { ...options, newIds: first.newIds });
    expect(again.putEntries).toEqual(first.putEntries);
    const second = planBookmarks(files, first.putEntries, options);
    expect(second).toMatchObject({
      newEntries: 0,
      mergedEntries: 0,
      unchangedEntries: first.newEntries,
      putEntries: [],
      newTags: [],
      months: [],
    });
  });

  it('names a file without a bookmark, and cuts a description longer than a selection may be', () => {
    const plan = planBookmarks(
      [
        htmlFile([], 'none.html'),
        htmlFile([record({ href: 'https://a.example/', description: 'word '.repeat(50_000) })]),
      ],
      [],
      options,
    );
    expect(plan.issues).toEqual([
      { file: 'none.html', place: 'file', at: 0, problem: 'no-bookmarks', detail: '' },
    ]);
    expect(plan.putEntries[0]?.note.length).toBeLessThanOrEqual(100_000);
    expect(plan.putEntries[0]?.note.endsWith('…')).toBe(true);
  });

  it('revives a deleted entry of the same URL with its id', () => {
    const deleted = entry({ url: 'https://a.example/', deletedAt: 5, tags: ['old'] });
    const plan = planBookmarks(
      [htmlFile([record({ href: 'https://a.example/', tags: ['new'] })])],
      [deleted],
      options,
    );
    expect(plan.newEntries).toBe(1);
    expect(plan.putEntries).toEqual([
      expect.objectContaining({ id: deleted.id, deletedAt: null, tags: ['new'] }),
    ]);
  });

  it('reads a Pocket export: records numbered, problems listed, titles fall back to the address', () => {
    const plan = planBookmarks(
      [readPocketCsv('pocket.csv', bookmarkFixture('pocket.csv'))],
      [],
      options,
    );
    expect(plan.putEntries.map((e) => [e.url, e.title, e.tags])).toEqual([
      [
        KUBE,
        'Kubernetes 1.14: Production-level support for Windows Nodes',
        ['kubernetes', 'windows'],
      ],
      ['https://example.org/quotes?id=7', 'Quotes, "commas" and more', []],
      ['https://example.org/no-title', 'https://example.org/no-title', ['Reading List']],
      ['https://example.org/broken-date', 'Broken date', []],
    ]);
    expect(plan.issues.map((i) => [i.place, i.at, i.problem])).toEqual([
      ['record', 6, 'bad-record'],
      ['record', 4, 'bad-date'],
      ['record', 5, 'unsupported-scheme'],
    ]);
  });
});

describe('categoryOf', () => {
  it('takes the innermost folder after the browser’s own leading ones', () => {
    const f = (name: string, browserRoot = false) => ({ name, browserRoot });
    expect(categoryOf([])).toBe('');
    expect(categoryOf([f('Barre de favoris')])).toBe('');
    expect(categoryOf([f('Menu des marque-pages'), f('Rust')])).toBe('Rust');
    expect(categoryOf([f('Mes trucs', true), f('Other bookmarks')])).toBe('');
    expect(categoryOf([f('Mes trucs', true), f('Rust')])).toBe('Rust');
    expect(categoryOf([f('Toolbar'), f('Veille'), f('Toolbar')])).toBe('Toolbar');
    expect(categoryOf([f('OTHER BOOKMARKS'), f('  Data\n& AI ')])).toBe('Data & AI');
  });
});

describe('addedAt', () => {
  it('reads epoch seconds, and milliseconds or microseconds when too large for seconds', () => {
    const now = AFTER_FIXTURES;
    expect(addedAt('1553554800', now)).toBe(1553554800_000);
    expect(addedAt('1553554800123', now)).toBe(1553554800123);
    expect(addedAt('1553554800123456', now)).toBe(1553554800123);
    for (const bad of [
      '',
      '0',
      '-1',
      '1.5',
      'soon',
      '2019-03-25',
      String(now / 1000 + 2 * 86_400),
    ]) {
      expect(addedAt(bad, now)).toBeNull();
    }
  });
});

describe('plainTextNote', () => {
  it('escapes what Markdown would read, keeps paragraphs, drops blank ends', () => {
    expect(plainTextNote('')).toBe('');
    expect(
      plainTextNote('\n  # Not a heading\n- not a list\r\n\r\n\r\n[not](a link) {{< x >}}\n'),
    ).toBe('\\# Not a heading\n\\- not a list\n\n\\[not\\](a link) \\{\\{\\< x \\>\\}\\}');
  });
});
