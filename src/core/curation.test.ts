import { describe, expect, it } from 'vitest';
import {
  applyBulkEdit,
  categoryMergeTarget,
  categoryRenameProblem,
  countCategories,
  renameCategoryOf,
  renameSectionOf,
  renameTagOf,
  tagMergeTarget,
  tagRenameProblem,
} from './curation';
import { emptyMonth } from './month-record';
import type { Entry } from './types';

const entry = (overrides: Partial<Entry> = {}): Entry => ({
  id: 'a',
  url: 'https://example.org/a',
  title: 'A',
  note: '',
  tags: ['docker', 'Kubernetes'],
  category: 'Cloud',
  monthKey: '2019-03',
  capturedAt: 1,
  updatedAt: 1,
  deletedAt: null,
  meta: {},
  ...overrides,
});

describe('applyBulkEdit', () => {
  it('sets the category and unpins the entry from its old section', () => {
    expect(
      applyBulkEdit(entry({ position: 2 }), { kind: 'set-category', category: ' Ops ' }, 9),
    ).toEqual(entry({ category: 'Ops', updatedAt: 9 }));
    expect(applyBulkEdit(entry(), { kind: 'set-category', category: 'Cloud' }, 9)).toBeNull();
  });

  it('adds and removes a tag whatever its case, and leaves an entry unchanged when nothing moves', () => {
    expect(applyBulkEdit(entry(), { kind: 'add-tag', tag: '#Helm' }, 9)?.tags).toEqual([
      'docker',
      'Kubernetes',
      'Helm',
    ]);
    expect(applyBulkEdit(entry(), { kind: 'add-tag', tag: 'Docker' }, 9)).toBeNull();
    expect(applyBulkEdit(entry(), { kind: 'remove-tag', tag: 'kubernetes' }, 9)?.tags).toEqual([
      'docker',
    ]);
    expect(applyBulkEdit(entry(), { kind: 'remove-tag', tag: 'helm' }, 9)).toBeNull();
  });

  it('moves to a month, deletes, and restores only what it may', () => {
    expect(applyBulkEdit(entry(), { kind: 'move-to-month', monthKey: '2019-04' }, 9)).toMatchObject(
      { monthKey: '2019-04', updatedAt: 9 },
    );
    const deleted = applyBulkEdit(entry(), { kind: 'delete' }, 9) as Entry;
    expect(deleted).toMatchObject({ deletedAt: 9, updatedAt: 9 });
    // A tombstone is not edited, only restored.
    expect(applyBulkEdit(deleted, { kind: 'add-tag', tag: 'x' }, 10)).toBeNull();
    expect(applyBulkEdit(deleted, { kind: 'restore' }, 10)).toMatchObject({
      deletedAt: null,
      updatedAt: 10,
    });
    expect(applyBulkEdit(entry(), { kind: 'restore' }, 10)).toBeNull();
  });
});

describe('renaming a tag', () => {
  it('renames whatever the case, keeps the place, and merges into a tag already there', () => {
    expect(renameTagOf(entry(), 'Docker', 'containers', 5)).toMatchObject({
      tags: ['containers', 'Kubernetes'],
      updatedAt: 5,
    });
    expect(renameTagOf(entry(), 'docker', 'kubernetes', 5)?.tags).toEqual(['kubernetes']);
    expect(renameTagOf(entry(), 'docker', 'Docker', 5)?.tags).toEqual(['Docker', 'Kubernetes']);
    expect(renameTagOf(entry(), 'helm', 'x', 5)).toBeNull();
    expect(renameTagOf(entry({ deletedAt: 3 }), 'docker', 'x', 5)).toBeNull();
  });

  it('tells a merge from a respelling, and refuses an empty or unchanged name', () => {
    expect(tagMergeTarget('docker', 'KUBERNETES', ['docker', 'Kubernetes'])).toBe('Kubernetes');
    expect(tagMergeTarget('docker', 'Docker', ['docker', 'Kubernetes'])).toBeNull();
    expect(tagMergeTarget('docker', 'helm', ['docker'])).toBeNull();
    expect(tagRenameProblem('docker', ' # ')).toBe('empty');
    expect(tagRenameProblem('docker', ' docker ')).toBe('same');
    expect(tagRenameProblem('docker', 'Docker')).toBeNull();
  });
});

describe('renaming a category', () => {
  it('moves the live entries of that category only', () => {
    expect(renameCategoryOf(entry(), 'Cloud', ' Infra ', 5)).toMatchObject({
      category: 'Infra',
      updatedAt: 5,
    });
    expect(renameCategoryOf(entry(), 'cloud', 'Infra', 5)).toBeNull();
    expect(renameCategoryOf(entry({ deletedAt: 2 }), 'Cloud', 'Infra', 5)).toBeNull();
    expect(categoryMergeTarget('Cloud', 'Ops', ['Cloud', 'Ops'])).toBe('Ops');
    expect(categoryMergeTarget('Cloud', 'ops', ['Cloud', 'Ops'])).toBeNull();
    expect(categoryRenameProblem('Cloud', '  ')).toBe('empty');
    expect(categoryRenameProblem('Cloud', 'Cloud ')).toBe('same');
  });

  it('carries the section’s intro and pinned place over in a month, joined on a merge', () => {
    const month = {
      ...emptyMonth('2019-03'),
      sectionIntros: { Cloud: 'Clouds.', Ops: 'Ops.' },
      sectionOrder: ['Ops', 'Cloud', 'Data'],
    };
    expect(renameSectionOf(month, 'Cloud', 'Infra', 7)).toMatchObject({
      sectionIntros: { Ops: 'Ops.', Infra: 'Clouds.' },
      sectionOrder: ['Ops', 'Infra', 'Data'],
      updatedAt: 7,
    });
    expect(renameSectionOf(month, 'Cloud', 'Ops', 7)).toMatchObject({
      sectionIntros: { Ops: 'Ops.\n\nClouds.' },
      sectionOrder: ['Ops', 'Data'],
    });
    expect(renameSectionOf(month, 'Misc', 'Other', 7)).toBeNull();
  });

  it('counts the categories of live entries, in alphabetical order', () => {
    expect(
      countCategories([
        entry({ category: 'Ops' }),
        entry({ category: 'cloud' }),
        entry({ category: 'Ops' }),
        entry({ category: '' }),
        entry({ category: 'Data', deletedAt: 1 }),
      ]),
    ).toEqual([
      { name: 'cloud', count: 1 },
      { name: 'Ops', count: 2 },
    ]);
  });
});
