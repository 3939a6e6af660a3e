import { describe, expect, it } from 'vitest';
import { hostOf, idOfTermsKey, indexChanges, termsKey, wordsOf } from './search-terms';
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

  it('reads the host of a URL, without www. or credentials', () => {
    expect(hostOf('https://www.Example.org:8080/a?b#c')).toBe('Example.org:8080');
    expect(hostOf('https://user:pw@example.org/')).toBe('example.org');
    expect(hostOf('not a url')).toBe('');
  });

  it('keys rows by capture time first, so that a reverse walk is newest first', () => {
    const keys = [
      termsKey({ capturedAt: 9, id: 'z' }),
      termsKey({ capturedAt: 10, id: 'a' }),
      termsKey({ capturedAt: 1_700_000_000_000, id: 'b' }),
    ];
    expect([...keys].sort()).toEqual(keys);
    expect(idOfTermsKey(keys[2] as string)).toBe('b');
  });
});

describe('index changes of entry writes', () => {
  it('indexes and counts a new live entry', () => {
    const changes = indexChanges([[undefined, base]]);
    expect(changes.deleteKeys).toEqual([]);
    expect(changes.putRows).toEqual([
      { key: termsKey(base), id: 'a', terms: ['kubernetes', 'example', 'org', '~2019-03'] },
    ]);
    expect([...changes.monthDeltas]).toEqual([['2019-03', 1]]);
  });

  it('moves the count with the month, and leaves it when the month stays', () => {
    const moved = indexChanges([[base, { ...base, monthKey: '2019-04' }]]);
    expect([...moved.monthDeltas]).toEqual([
      ['2019-03', -1],
      ['2019-04', 1],
    ]);
    expect(moved.deleteKeys).toEqual([]);
    const edited = indexChanges([[base, { ...base, title: 'Helm' }]]);
    expect([...edited.monthDeltas]).toEqual([]);
    expect(edited.putRows[0]?.terms).toContain('helm');
  });

  it('unindexes and uncounts a tombstone, and a revived entry with a new capture time replaces its row', () => {
    const tombstone = { ...base, deletedAt: 5 };
    const deleted = indexChanges([[base, tombstone]]);
    expect(deleted.deleteKeys).toEqual([termsKey(base)]);
    expect(deleted.putRows).toEqual([]);
    expect([...deleted.monthDeltas]).toEqual([['2019-03', -1]]);
    expect(indexChanges([[tombstone, undefined]])).toEqual({
      deleteKeys: [],
      putRows: [],
      monthDeltas: new Map(),
    });
    const revivedLater = { ...base, capturedAt: 2000 };
    const moved = indexChanges([[base, revivedLater]]);
    expect(moved.deleteKeys).toEqual([termsKey(base)]);
    expect(moved.putRows[0]?.key).toBe(termsKey(revivedLater));
  });
});
