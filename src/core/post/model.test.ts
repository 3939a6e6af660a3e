import { describe, expect, it } from 'vitest';
import { entry, month, settings } from '../../../test/helpers/post/factory';
import type { Entry, MonthRecord, Settings } from '../types';
import { buildPostModel } from '.';

function build(
  entries: Entry[],
  m: Partial<MonthRecord> = {},
  s: Partial<Settings> = {},
  publishDate = '2019-04-01',
) {
  return buildPostModel({ entries, month: month(m), settings: settings(s), publishDate });
}

const sectionNames = (entries: Entry[], m: Partial<MonthRecord> = {}, s: Partial<Settings> = {}) =>
  build(entries, m, s).sections.map((section) => section.name);

/** One entry per category, given in reverse so that input order cannot pass for sorting. */
const oneEach = (categories: string[]) =>
  [...categories].reverse().map((category) => entry({ category }));

describe('which entries are in the post', () => {
  it('keeps live entries of the month only', () => {
    const kept = entry();
    const model = build([
      kept,
      entry({ deletedAt: 1 }),
      entry({ monthKey: '2019-04' }),
      entry({ monthKey: '2019-02' }),
    ]);
    expect(model.sections.flatMap((s) => s.entries.map((e) => e.id))).toEqual([kept.id]);
    expect(model.entryCount).toBe(1);
  });

  it('leaves out and reports entries whose URL is not http(s)', () => {
    const ok = entry({ url: 'http://example.org/a' });
    const file = entry({ url: 'file:///home/me/notes.html', title: 'Notes\nlocales' });
    const js = entry({ url: 'javascript:alert(1)' });
    const broken = entry({ url: 'not a url' });
    const deletedFile = entry({ url: 'ftp://x.org/', deletedAt: 5 });
    const model = build([ok, file, js, broken, deletedFile]);
    expect(model.sections.flatMap((s) => s.entries.map((e) => e.url))).toEqual([ok.url]);
    expect(model.skipped).toEqual([
      { id: file.id, url: file.url, title: 'Notes locales', reason: 'unsupported-scheme' },
      { id: js.id, url: js.url, title: js.title, reason: 'unsupported-scheme' },
      { id: broken.id, url: broken.url, title: broken.title, reason: 'invalid-url' },
    ]);
    expect(model.entryCount).toBe(1);
  });

  it('falls back to host and path for an empty title', () => {
    const model = build([entry({ title: '  \n ', url: 'https://www.example.org/docs/intro/' })]);
    expect(model.sections[0]?.entries[0]?.title).toBe('example.org/docs/intro');
  });
});

describe('section order (rule 2)', () => {
  // The three published posts' orders, as docs/post-format.md lists them.
  const published = [
    [
      'APM',
      'Cloud',
      'Container et Orchestration',
      'DevOps',
      'Licences',
      'Sécurité',
      'SQL',
      'Timeseries',
    ],
    [
      'Cloud',
      'Container et orchestration',
      'Data',
      'IDE',
      'Infrastructure (as Code)',
      'Langages',
      'Logs',
      '(No)SQL',
    ],
    ['CI/CD', 'Cloud / Scaleway', 'Cloud vs OSS', 'Conteneurs et orchestration', 'Data'],
  ];

  it.each(published)('reproduces published order %#', (...order) => {
    expect(sectionNames(oneEach(order))).toEqual(order);
  });

  it('sorts in the post language: accents do not push a name to the end', () => {
    expect(sectionNames(oneEach(['Éditeurs', 'Data', 'Zéro']).reverse())).toEqual([
      'Data',
      'Éditeurs',
      'Zéro',
    ]);
  });

  it('puts entries without a category in the fallback section, last', () => {
    const names = sectionNames([entry({ category: '' }), ...oneEach(['Zsh', 'APM'])]);
    expect(names).toEqual(['APM', 'Zsh', 'Divers']);
  });

  it('names the fallback section by language unless the setting names it', () => {
    expect(sectionNames([entry({ category: '' })], {}, { postLanguage: 'en' })).toEqual(['Misc']);
    expect(sectionNames([entry({ category: '' })], {}, { fallbackSection: 'En vrac' })).toEqual([
      'En vrac',
    ]);
  });

  it('merges a category named like the fallback into the fallback section', () => {
    const model = build([
      entry({ category: 'Divers' }),
      entry({ category: '' }),
      entry({ category: 'A' }),
    ]);
    expect(model.sections.map((s) => [s.name, s.entries.length, s.isFallback])).toEqual([
      ['A', 1, false],
      ['Divers', 2, true],
    ]);
  });

  it('prints pinned sections first in the pinned order, then the others alphabetically', () => {
    const entries = [entry({ category: '' }), ...oneEach(['APM', 'Cloud', 'Data', 'SQL'])];
    const names = sectionNames(entries, { sectionOrder: ['SQL', 'Absent', 'Cloud'] });
    expect(names).toEqual(['SQL', 'Cloud', 'APM', 'Data', 'Divers']);
  });

  it('lets a pinned fallback section sit where the author put it', () => {
    const entries = [entry({ category: '' }), ...oneEach(['APM', 'Cloud'])];
    expect(sectionNames(entries, { sectionOrder: ['Divers', 'Cloud'] })).toEqual([
      'Divers',
      'Cloud',
      'APM',
    ]);
  });

  it('prints no empty section: deleted or other-month entries do not make one', () => {
    const entries = [
      entry({ category: 'A' }),
      entry({ category: 'B', deletedAt: 1 }),
      entry({ category: 'C', monthKey: '2019-04' }),
    ];
    expect(sectionNames(entries, { sectionOrder: ['B', 'C'] })).toEqual(['A']);
  });

  it('attaches section intros by name, tidied', () => {
    const model = build([entry({ category: 'Cloud' })], {
      sectionIntros: { Cloud: '\r\nUn podcast.\r\n\r\n' },
    });
    expect(model.sections[0]?.intro).toBe('Un podcast.');
  });
});

describe('entry order (rule 3)', () => {
  it('is capture order, oldest first, whatever the input order', () => {
    const a = entry({ capturedAt: 3000 });
    const b = entry({ capturedAt: 1000 });
    const c = entry({ capturedAt: 2000 });
    const ids = build([a, b, c]).sections[0]?.entries.map((e) => e.id);
    expect(ids).toEqual([b.id, c.id, a.id]);
  });

  it('follows manual positions first, then unplaced entries in capture order', () => {
    const late = entry({ capturedAt: 9000 });
    const first = entry({ capturedAt: 5000, position: 0 });
    const second = entry({ capturedAt: 1000, position: 1 });
    const early = entry({ capturedAt: 100 });
    const ids = build([late, second, early, first]).sections[0]?.entries.map((e) => e.id);
    expect(ids).toEqual([first.id, second.id, early.id, late.id]);
  });

  it('keeps input order for equal capture times (stable)', () => {
    const a = entry({ capturedAt: 1000 });
    const b = entry({ capturedAt: 1000 });
    expect(build([a, b]).sections[0]?.entries.map((e) => e.id)).toEqual([a.id, b.id]);
    expect(build([b, a]).sections[0]?.entries.map((e) => e.id)).toEqual([b.id, a.id]);
  });
});

describe('title (rule 1)', () => {
  it('is series name - Month Year in the post language, capitalised', () => {
    expect(build([]).title).toBe('Web, Ops & Data - Mars 2019');
    expect(build([], { id: '2019-04' }, { postLanguage: 'en', seriesName: 'Links' }).title).toBe(
      'Links - April 2019',
    );
  });

  it('is the override when the month has one', () => {
    expect(build([], { titleOverride: ' Spécial KubeCon ' }).title).toBe('Spécial KubeCon');
  });

  it('exposes the date parts a template may want', () => {
    const model = build([], { id: '2019-12' }, {}, '2020-01-02');
    expect([model.date, model.monthKey, model.year, model.month, model.monthName]).toEqual([
      '2020-01-02',
      '2019-12',
      2019,
      12,
      'Décembre',
    ]);
  });
});

describe('tags (rule 7)', () => {
  it('are the union in order of first appearance in the printed post, case-insensitively', () => {
    const entries = [
      entry({ category: 'Zsh', tags: ['shell', 'Docker'], capturedAt: 1 }),
      entry({ category: 'APM', tags: ['docker', 'docker registry'], capturedAt: 2 }),
      entry({ category: 'APM', tags: ['ssh-agent', 'DOCKER REGISTRY', ' '], capturedAt: 3 }),
      entry({ category: '', tags: ['SHELL', 'misc'], capturedAt: 0 }),
    ];
    // APM is printed first, so its spelling "docker" wins over Zsh's "Docker".
    expect(build(entries).tags).toEqual([
      'docker',
      'docker registry',
      'ssh-agent',
      'shell',
      'misc',
    ]);
  });

  it('are deduplicated within an entry too', () => {
    const model = build([entry({ tags: ['Go', 'go', 'GO '] })]);
    expect(model.sections[0]?.entries[0]?.tags).toEqual(['Go']);
  });
});

describe('separator and novelty', () => {
  it('uses the post language separator', () => {
    expect(build([]).separator).toBe(' : ');
    expect(build([], {}, { postLanguage: 'en' }).separator).toBe(': ');
  });

  it('marks entries added since publication as new', () => {
    const before = entry();
    const after = entry();
    const published = build([before, after], { publishedAt: 1, publishedEntryIds: [before.id] });
    expect(published.sections[0]?.entries.map((e) => e.isNew)).toEqual([false, true]);
    expect(published.newCount).toBe(1);
    const draft = build([before, after], { publishedAt: null, publishedEntryIds: [before.id] });
    expect(draft.sections[0]?.entries.map((e) => e.isNew)).toEqual([false, false]);
  });

  it('gives capture time as ISO and page metadata as one line', () => {
    const e = entry({
      capturedAt: Date.parse('2019-03-12T18:04:00+01:00'),
      meta: { siteName: 'CD\nFoundation', description: ' A  b ' },
    });
    const out = build([e]).sections[0]?.entries[0];
    expect(out?.capturedAt).toBe('2019-03-12T17:04:00.000Z');
    expect([out?.siteName, out?.description, out?.author, out?.host]).toEqual([
      'CD Foundation',
      'A b',
      '',
      'example.org',
    ]);
  });
});

describe('corrupt records', () => {
  it('sorts an entry with a broken position or capture time without throwing', () => {
    const a = entry({ capturedAt: Number.NaN });
    const b = entry({ capturedAt: 5, position: Number.NaN });
    const c = entry({ capturedAt: 1 });
    const model = build([c, b, a]);
    expect(model.sections[0]?.entries.map((e) => e.id)).toEqual([a.id, c.id, b.id]);
    expect(model.sections[0]?.entries[0]?.capturedAt).toBe('');
  });

  it('prints no capture time beyond year 9999 or before 1970 (an older database)', () => {
    for (const capturedAt of [1e15, 8.64e15, -1, 1.5]) {
      const model = build([entry({ capturedAt })]);
      expect(model.sections[0]?.entries[0]?.capturedAt, `${capturedAt}`).toBe('');
    }
  });
});
