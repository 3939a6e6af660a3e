import { describe, expect, it } from 'vitest';
import { rankCategories, suggestCategory } from './suggest';

let clock = 0;
const entry = (tags: string[], category: string, deletedAt: number | null = null) => ({
  tags,
  category,
  deletedAt,
  capturedAt: ++clock,
});

describe('suggestCategory', () => {
  it('picks the category these tags went to most often', () => {
    const entries = [
      entry(['kubernetes'], 'Container et orchestration'),
      entry(['kubernetes', 'helm'], 'Container et orchestration'),
      entry(['kubernetes'], 'Cloud'),
      entry(['postgres'], 'Data'),
    ];
    expect(suggestCategory(['Kubernetes'], entries)).toBe('Container et orchestration');
  });

  it('counts entries sharing any of the tags', () => {
    const entries = [
      entry(['aws'], 'Cloud'),
      entry(['gcp'], 'Cloud'),
      entry(['terraform'], 'Infrastructure (as Code)'),
    ];
    expect(suggestCategory(['aws', 'gcp', 'terraform'], entries)).toBe('Cloud');
  });

  it('breaks ties by the most recent capture', () => {
    const entries = [entry(['k8s'], 'Old'), entry(['k8s'], 'Recent'), entry(['x'], 'Other')];
    expect(suggestCategory(['k8s'], entries)).toBe('Recent');
    const reversed = [
      { tags: ['k8s'], category: 'Recent', deletedAt: null, capturedAt: 20 },
      { tags: ['k8s'], category: 'Old', deletedAt: null, capturedAt: 10 },
    ];
    expect(suggestCategory(['k8s'], reversed)).toBe('Recent');
  });

  it('ignores deleted entries and entries without a category', () => {
    const entries = [
      entry(['k8s'], 'Deleted', 5),
      entry(['k8s'], 'Deleted', 5),
      entry(['k8s'], ''),
      entry(['k8s'], '  '),
      entry(['k8s'], 'Live'),
    ];
    expect(suggestCategory(['k8s'], entries)).toBe('Live');
  });

  it('is null without tags or without a match', () => {
    const entries = [entry(['k8s'], 'Cloud')];
    expect(suggestCategory([], entries)).toBeNull();
    expect(suggestCategory(['rust'], entries)).toBeNull();
    expect(suggestCategory(['k8s'], [])).toBeNull();
  });
});

describe('rankCategories', () => {
  it('lists live categories, most used first, ties alphabetically', () => {
    const entries = [
      entry([], 'Sécurité'),
      entry([], 'Cloud'),
      entry([], 'apm'),
      entry([], 'Cloud'),
      entry([], 'Data', 3),
      entry([], ''),
    ];
    expect(rankCategories(entries)).toEqual(['Cloud', 'apm', 'Sécurité']);
  });

  it('trims but keeps distinct spellings apart', () => {
    expect(rankCategories([entry([], ' Cloud '), entry([], 'Cloud'), entry([], 'cloud')])).toEqual([
      'Cloud',
      'cloud',
    ]);
  });
});
