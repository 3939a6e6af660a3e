import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { buildIndex } from './search-index-build';
import { changeDocs, hostOf, indexChanges, wordsOf } from './search-terms';
import type { Entry } from './types';

const base: Entry = {
  id: 'a',
  url: 'https://example.org/a',
  title: 'Kubernetes',
  note: '',
  tags: [],
  category: '',
  monthKey: '2019-03',
  capturedAt: 1000,
  updatedAt: 1000,
  deletedAt: null,
  meta: {},
};

describe('the search tokenizer', () => {
  it('splits on anything but letters and digits, folds, drops one-letter words and cuts long ones', () => {
    expect(wordsOf('Élan: C++ & k8s, l’été 2019!')).toEqual(['elan', 'k8s', 'ete', '2019']);
    expect(wordsOf('x'.repeat(50))).toEqual(['x'.repeat(32)]);
    expect(wordsOf('日本語のテキスト')).toEqual(['日本語のテキスト']);
  });

  it('splits ASCII text the same way on its faster path', () => {
    const slow = (text: string) =>
      fold(text)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((word) => word.length > 1)
        .map((word) => word.slice(0, 32));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (text) => {
        expect(wordsOf(text)).toEqual(slow(text));
      }),
    );
  });

  it('reads the host of a URL, without www. or credentials', () => {
    expect(hostOf('https://www.Example.org:8080/a?b#c')).toBe('Example.org:8080');
    expect(hostOf('https://user:pw@example.org/')).toBe('example.org');
    expect(hostOf('not a url')).toBe('');
  });
});

describe('index changes of entry writes', () => {
  const changes = (before: Entry | undefined, after: Entry | undefined) => {
    const { postings, monthDeltas } = indexChanges([[before, after]]);
    return { postings: Object.fromEntries(postings), months: Object.fromEntries(monthDeltas) };
  };

  it('adds a new live entry’s capture time to each of its terms, and counts it', () => {
    expect(changes(undefined, base)).toEqual({
      postings: {
        kubernetes: { add: [1000], remove: [] },
        example: { add: [1000], remove: [] },
        org: { add: [1000], remove: [] },
        '~2019-03': { add: [1000], remove: [] },
      },
      months: { '2019-03': 1 },
    });
  });

  it('touches only the terms that change, and moves the count with the month', () => {
    expect(changes(base, { ...base, title: 'Helm', monthKey: '2019-04' })).toEqual({
      postings: {
        kubernetes: { add: [], remove: [1000] },
        '~2019-03': { add: [], remove: [1000] },
        helm: { add: [1000], remove: [] },
        '~2019-04': { add: [1000], remove: [] },
      },
      months: { '2019-03': -1, '2019-04': 1 },
    });
    expect(changes(base, { ...base, note: '' })).toEqual({ postings: {}, months: {} });
  });

  it('takes a tombstone out, and moves every term of an entry revived at a new time', () => {
    const tombstone = { ...base, deletedAt: 5 };
    expect(changes(base, tombstone).months).toEqual({ '2019-03': -1 });
    expect(changes(base, tombstone).postings.org).toEqual({ add: [], remove: [1000] });
    expect(changes(tombstone, undefined)).toEqual({ postings: {}, months: {} });
    expect(changes(base, { ...base, capturedAt: 2000 }).postings.org).toEqual({
      add: [2000],
      remove: [1000],
    });
  });

  it('keeps a time once per entry: two entries of the same millisecond, one removed, leave it once', () => {
    expect([...changeDocs([5, 9, 1000, 1000], [], [1000])]).toEqual([5, 9, 1000]);
    expect([...changeDocs([5, 9], [7, 1, 9], [])]).toEqual([1, 5, 7, 9, 9]);
    expect([...changeDocs([1, 5, 7], [], [1, 7, 4])]).toEqual([5]);
    expect([...changeDocs([], [], [3])]).toEqual([]);
  });

  it('keeps a posting ascending through any additions and removals', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(50)),
        fc.array(fc.nat(50)),
        fc.array(fc.nat(50)),
        (start, add, remove) => {
          const docs = [...start].sort((a, b) => a - b);
          const expected = [...docs];
          for (const time of remove) {
            const at = expected.indexOf(time);
            if (at >= 0) expected.splice(at, 1);
          }
          expected.push(...add);
          expected.sort((a, b) => a - b);
          expect([...changeDocs(docs, add, remove)]).toEqual(expected);
        },
      ),
    );
  });

  it('builds the whole index of a library, tombstones left out', () => {
    const other = { ...base, id: 'b', capturedAt: 500, title: 'Helm', monthKey: '2019-04' };
    const { postings, summaries } = buildIndex([base, other, { ...base, id: 'c', deletedAt: 1 }]);
    expect(Object.fromEntries(postings.map((p) => [p.term, [...p.docs]]))).toMatchObject({
      kubernetes: [1000],
      helm: [500],
      org: [500, 1000],
    });
    expect(summaries).toEqual([
      { id: '2019-03', count: 1 },
      { id: '2019-04', count: 1 },
    ]);
  });
});
