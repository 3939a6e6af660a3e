import { describe, expect, it } from 'vitest';
import { entry, month, settings } from '../../../test/helpers/post/factory';
import { parsePost } from '.';
import { planImport } from './plan';
import type { ParsedPost } from './types';

const FRONT =
  '---\ntitle: "Web, Ops & Data - Mars 2019"\ndate: 2019-04-01\ntags: ["k3s", "rust"]\n---\n\n';
function parsed(body: string, file = 'mars.md'): ParsedPost {
  const result = parsePost(file, FRONT + body, settings());
  if (!result.ok) throw new Error(JSON.stringify(result.issue));
  return result.post;
}
let n = 0;
const options = {
  now: 1000,
  newId: () => {
    n += 1;
    return `new-${n}`;
  },
};
const POST = '## Cloud\n\n- [k3s](https://k3s.io/) : Petit.\n- [Rust](https://rust-lang.org/)\n';

describe('planImport', () => {
  it('adds the entries and marks the month published', () => {
    const plan = planImport([parsed(POST)], { entries: [], months: [] }, options);
    expect(plan).toMatchObject({
      newEntries: 2,
      mergedEntries: 0,
      newTags: ['k3s', 'rust'],
      conflicts: [],
    });
    expect(plan.months).toEqual([
      { key: '2019-03', files: ['mars.md'], entryCount: 2, isNew: true },
    ]);
    const [record] = plan.putMonths;
    expect(record).toMatchObject({ id: '2019-03', publishedAt: 1000, publishDate: '2019-04-01' });
    expect(record?.publishedEntryIds).toEqual(plan.putEntries.map((e) => e.id));
    expect(plan.putEntries.map((e) => [e.monthKey, e.category, e.position, e.tags])).toEqual([
      ['2019-03', 'Cloud', 0, ['k3s']],
      ['2019-03', 'Cloud', 1, ['rust']],
    ]);
  });

  it('merges the same file imported twice: one entry per URL, nothing new', () => {
    const first = planImport([parsed(POST)], { entries: [], months: [] }, options);
    const again = planImport(
      [parsed(POST)],
      { entries: first.putEntries, months: first.putMonths },
      options,
    );
    expect(again).toMatchObject({
      newEntries: 0,
      mergedEntries: 0,
      unchangedEntries: 2,
      newTags: [],
      conflicts: [],
    });
    expect(again.putEntries).toEqual([]);
    const twice = planImport(
      [parsed(POST), parsed(POST, 'copie.md')],
      { entries: [], months: [] },
      options,
    );
    expect(twice.newEntries).toBe(2);
    expect(twice.putEntries).toHaveLength(2);
  });

  it('keeps a stored value over a different imported one and reports it', () => {
    const stored = entry({
      url: 'https://k3s.io/',
      title: 'k3s',
      note: 'Mine.',
      category: '',
      tags: ['K3S'],
    });
    const plan = planImport(
      [parsed(POST)],
      { entries: [stored], months: [month({ intro: 'Old.' })] },
      options,
    );
    expect(plan.conflicts).toEqual([
      {
        file: 'mars.md',
        line: 9,
        subject: 'https://k3s.io/',
        field: 'note',
        stored: 'Mine.',
        imported: 'Petit.',
      },
    ]);
    const merged = plan.putEntries.find((e) => e.id === stored.id);
    expect(merged).toMatchObject({
      note: 'Mine.',
      category: 'Cloud',
      tags: ['K3S'],
      updatedAt: 1000,
    });
    expect(plan).toMatchObject({ newEntries: 1, mergedEntries: 1, newTags: ['rust'] });
  });

  it('brings back a deleted entry of the same URL under its id', () => {
    const gone = entry({ url: 'https://rust-lang.org/', deletedAt: 5 });
    const plan = planImport([parsed(POST)], { entries: [gone], months: [] }, options);
    expect(plan.putEntries.find((e) => e.id === gone.id)).toMatchObject({
      deletedAt: null,
      title: 'Rust',
    });
  });

  it('lists the refused lines of every file', () => {
    const plan = planImport(
      [parsed(`${POST}- [x](javascript:alert(1))\n`)],
      { entries: [], months: [] },
      options,
    );
    expect(plan.refused).toMatchObject([
      { file: 'mars.md', line: 11, problem: 'unsupported-scheme' },
    ]);
  });

  it('plans the same records again from its own ids', () => {
    const plan = planImport([parsed(POST)], { entries: [], months: [] }, options);
    const again = planImport(
      plan.posts,
      { entries: [], months: [] },
      { ...options, newIds: plan.newIds },
    );
    expect(again.putEntries).toEqual(plan.putEntries);
  });
});
