import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaptureValues } from './capture-values';
import { mergeEdit } from './edit-merge';

const base: CaptureValues = {
  title: 'Title',
  url: 'https://example.org/a',
  note: '> First quote',
  tags: ['a', 'b'],
  category: 'Data',
  monthKey: '2019-03',
};

describe('mergeEdit', () => {
  it('keeps a quote appended elsewhere and the comment typed here', () => {
    const mine = { ...base, note: '> First quote\n\nMy comment.' };
    const theirs = { ...base, note: '> First quote\n\n> Second quote' };
    expect(mergeEdit(base, mine, theirs)).toEqual({
      merged: { ...base, note: '> First quote\n\nMy comment.\n\n> Second quote' },
      conflicts: [],
    });
  });

  it('keeps a quote appended here when the note was rewritten elsewhere', () => {
    const mine = { ...base, note: '> First quote\n\n> Mine' };
    const theirs = { ...base, note: 'Rewritten.' };
    expect(mergeEdit(base, mine, theirs).merged.note).toBe('Rewritten.\n\n> Mine');
  });

  it('takes each field from the side that changed it', () => {
    const mine = { ...base, title: 'Better title', tags: ['a', 'b', 'mine'] };
    const theirs = { ...base, category: 'Ops', tags: ['b', 'theirs'] };
    expect(mergeEdit(base, mine, theirs)).toEqual({
      merged: { ...base, title: 'Better title', category: 'Ops', tags: ['b', 'mine', 'theirs'] },
      conflicts: [],
    });
  });

  it('reports two different changes of one field, keeping mine in the merge', () => {
    const mine = { ...base, title: 'Mine', note: 'Mine entirely', monthKey: '2019-04' };
    const theirs = { ...base, title: 'Theirs', note: 'Theirs entirely', monthKey: '2019-04' };
    const { merged, conflicts } = mergeEdit(base, mine, theirs);
    expect(conflicts).toEqual(['title', 'note']);
    expect(merged).toMatchObject({ title: 'Mine', note: 'Mine entirely', monthKey: '2019-04' });
  });

  it('never loses a side: each side’s own change is in the merge or reported', () => {
    const values = fc.record({
      title: fc.constantFrom('Title', 'T1', 'T2'),
      url: fc.constantFrom('https://example.org/a', 'https://example.org/b'),
      note: fc.constantFrom('> First quote', '> First quote\n\nx', '> First quote\n\n> y', 'z'),
      tags: fc.subarray(['a', 'b', 'c', 'd']),
      category: fc.constantFrom('Data', 'Ops', ''),
      monthKey: fc.constantFrom('2019-03', '2019-04'),
    });
    fc.assert(
      fc.property(values, values, (mine, theirs) => {
        const { merged, conflicts } = mergeEdit(base, mine, theirs);
        for (const field of ['title', 'url', 'category', 'monthKey'] as const) {
          if (conflicts.includes(field)) continue;
          if (mine[field] !== base[field]) expect(merged[field]).toBe(mine[field]);
          if (theirs[field] !== base[field]) expect(merged[field]).toBe(theirs[field]);
        }
        if (!conflicts.includes('note')) {
          for (const side of [mine.note, theirs.note]) {
            const added = side.startsWith(base.note) ? side.slice(base.note.length).trim() : side;
            if (side !== base.note) expect(merged.note).toContain(added);
          }
        }
        for (const tag of [...mine.tags, ...theirs.tags]) {
          const removed =
            base.tags.includes(tag) && !(mine.tags.includes(tag) && theirs.tags.includes(tag));
          expect(merged.tags.includes(tag)).toBe(!removed);
        }
      }),
    );
  });
});
