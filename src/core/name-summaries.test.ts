import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alphabetical } from './alphabetical';
import { countCategories } from './curation';
import { categoriesOfSummary, tagsOfSummary } from './name-counts';
import { changedSummaries, type NameSummary, namesOf } from './name-summaries';
import { buildNames } from './search-index-build';
import { indexChanges } from './search-terms';
import { rankTags } from './tags';
import type { Entry } from './types';

const entry = (
  id: string,
  tags: string[],
  category = '',
  deletedAt: number | null = null,
): Entry => ({
  id,
  url: `https://example.org/${id}`,
  title: id,
  note: '',
  tags,
  category,
  monthKey: '2019-03',
  capturedAt: 1000,
  updatedAt: 1000,
  deletedAt,
  meta: {},
});

/** The name deltas of writes, as plain objects. */
const deltas = (writes: [Entry | undefined, Entry | undefined][]) =>
  Object.fromEntries(
    [...indexChanges(writes).nameDeltas].map(([id, spellings]) => [
      id,
      Object.fromEntries(spellings),
    ]),
  );

/** The summary's records after writes, applied to `rows` as the store does. */
function applied(rows: NameSummary[], writes: [Entry | undefined, Entry | undefined][]) {
  const { nameDeltas } = indexChanges(writes);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const { puts, empty } = changedSummaries(
    nameDeltas,
    [...nameDeltas.keys()].map((id) => byId.get(id)),
  );
  for (const row of puts) byId.set(row.id, row);
  for (const id of empty) byId.delete(id);
  return [...byId.values()];
}

describe('the names summary', () => {
  it('names an entry’s tags once per tag key, with its first spelling, and its trimmed category', () => {
    expect(namesOf(entry('a', ['Docker', '#docker', ' ', 'Sécurité'], ' Ops '))).toEqual(
      new Map([
        ['tag:docker', 'Docker'],
        ['tag:sécurité', 'Sécurité'],
        ['category:Ops', 'Ops'],
      ]),
    );
  });

  it('counts a new live entry, moves a renamed spelling, and leaves an unchanged name out', () => {
    const a = entry('a', ['docker', 'k8s'], 'Ops');
    expect(deltas([[undefined, a]])).toEqual({
      'tag:docker': { docker: 1 },
      'tag:k8s': { k8s: 1 },
      'category:Ops': { Ops: 1 },
    });
    expect(deltas([[a, { ...a, tags: ['Docker', 'k8s'], title: 'new' }]])).toEqual({
      'tag:docker': { docker: -1, Docker: 1 },
    });
    expect(deltas([[a, { ...a, note: 'edited' }]])).toEqual({});
  });

  it('takes a tombstone out and counts nothing for one', () => {
    const a = entry('a', ['docker'], 'Ops');
    expect(deltas([[a, { ...a, deletedAt: 5 }]])).toEqual({
      'tag:docker': { docker: -1 },
      'category:Ops': { Ops: -1 },
    });
    expect(deltas([[undefined, { ...a, deletedAt: 5 }]])).toEqual({});
  });

  it('reads as rankTags and countCategories count the live entries', () => {
    const entries = [
      entry('a', ['Docker', 'Sécurité'], ' Ops'),
      entry('b', ['docker'], 'Ops'),
      entry('c', ['docker', 'securite'], ''),
      entry('d', ['Docker'], 'Gone', 5),
    ];
    const rows = buildNames(entries);
    const ranked = rankTags(entries).map(({ tag, count }) => ({ name: tag, count }));
    expect(tagsOfSummary(rows)).toEqual(ranked.sort((a, b) => alphabetical(a.name, b.name)));
    expect(tagsOfSummary(rows)[0]).toEqual({ name: 'docker', count: 3 });
    expect(categoriesOfSummary(rows)).toEqual(countCategories(entries));
  });

  it('stays equal to a count of the entries through any writes', () => {
    const tag = fc.constantFrom(
      'docker',
      'Docker',
      'DOCKER',
      'Sécurité',
      'securite',
      'rust',
      '#rust',
      ' ',
    );
    const anEntry = fc.record({
      tags: fc.array(tag, { maxLength: 3 }),
      category: fc.constantFrom('', 'Ops', ' Ops ', 'Dev'),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), anEntry), { maxLength: 30 }),
        (steps) => {
          const stored = new Map<string, Entry>();
          let rows: NameSummary[] = [];
          for (const [n, { tags, category, deleted }] of steps) {
            const id = `e${n}`;
            const after = entry(id, tags, category, deleted ? 5 : null);
            rows = applied(rows, [[stored.get(id), after]]);
            stored.set(id, after);
          }
          const expected = buildNames(stored.values());
          const byId = (list: NameSummary[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
          expect(byId(rows)).toEqual(byId(expected));
          expect(tagsOfSummary(rows)).toEqual(tagsOfSummary(expected));
        },
      ),
    );
  });
});
