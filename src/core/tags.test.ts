import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addTag,
  MAX_TAG_LENGTH,
  normalizeTag,
  parseTags,
  rankTags,
  removeTag,
  suggestTags,
  tagKey,
} from './tags';

describe('parseTags', () => {
  it('splits on commas and trims', () => {
    expect(parseTags('influxdb, traefik ,grafana')).toEqual(['influxdb', 'traefik', 'grafana']);
  });

  it('keeps spaces and dashes inside a tag, collapsed', () => {
    expect(parseTags('docker   registry, ssh-agent, google\tcloud\nnext')).toEqual([
      'docker registry',
      'ssh-agent',
      'google cloud',
      'next',
    ]);
  });

  it('removes leading #, but not a # inside', () => {
    expect(parseTags('#docker, ##k8s, # helm, c#, f#-lang')).toEqual([
      'docker',
      'k8s',
      'helm',
      'c#',
      'f#-lang',
    ]);
  });

  it('drops empties', () => {
    expect(parseTags(' , ,,#, ')).toEqual([]);
    expect(parseTags('')).toEqual([]);
  });

  it('deduplicates case-insensitively, keeping the first spelling', () => {
    expect(parseTags('Docker, docker, DOCKER, Kubernetes, kubernetes')).toEqual([
      'Docker',
      'Kubernetes',
    ]);
  });

  it('treats composed and decomposed accents as one tag', () => {
    expect(parseTags('s\u00e9curit\u00e9, se\u0301curite\u0301')).toEqual(['sécurité']);
  });

  it('caps a tag at MAX_TAG_LENGTH', () => {
    const [tag] = parseTags('x'.repeat(500));
    expect(tag).toHaveLength(MAX_TAG_LENGTH);
  });

  it('yields clean, unique tags for any input', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const tags = parseTags(input);
        expect(new Set(tags.map(tagKey)).size).toBe(tags.length);
        for (const tag of tags) {
          expect(tag).not.toBe('');
          expect(tag).not.toMatch(/^[#\s]|\s$|\s\s|,/);
          expect(tag.length).toBeLessThanOrEqual(MAX_TAG_LENGTH);
          expect(normalizeTag(tag)).toBe(tag);
        }
      }),
    );
  });
});

describe('addTag', () => {
  it('appends a new tag', () => {
    expect(addTag(['a'], ' #b ')).toEqual(['a', 'b']);
  });

  it('appends several comma-separated tags', () => {
    expect(addTag(['a'], 'b, A, c')).toEqual(['a', 'b', 'c']);
  });

  it('returns the same array when nothing is added, so callers can compare', () => {
    const tags = ['Docker'];
    expect(addTag(tags, 'docker')).toBe(tags);
    expect(addTag(tags, '  ')).toBe(tags);
  });

  it('does not mutate its input', () => {
    const tags = ['a'];
    addTag(tags, 'b');
    expect(tags).toEqual(['a']);
  });

  it('works as a reduce callback', () => {
    expect(['x', 'y', 'X'].reduce(addTag, ['w'])).toEqual(['w', 'x', 'y']);
  });
});

describe('removeTag', () => {
  it('removes case-insensitively', () => {
    expect(removeTag(['Docker', 'helm'], 'docker')).toEqual(['helm']);
  });

  it('returns the same array when the tag is absent', () => {
    const tags = ['a'];
    expect(removeTag(tags, 'b')).toBe(tags);
  });
});

const live = (tags: string[]) => ({ tags, deletedAt: null });

describe('rankTags', () => {
  it('puts the most used first, ties alphabetically', () => {
    const ranked = rankTags([live(['b', 'a']), live(['c', 'b']), live(['a', 'b']), live(['d'])]);
    expect(ranked).toEqual([
      { tag: 'b', count: 3 },
      { tag: 'a', count: 2 },
      { tag: 'c', count: 1 },
      { tag: 'd', count: 1 },
    ]);
  });

  it('groups case-insensitively under the most used spelling', () => {
    const ranked = rankTags([live(['docker']), live(['Docker']), live(['Docker']), live(['x'])]);
    expect(ranked[0]).toEqual({ tag: 'Docker', count: 3 });
  });

  it('shows the first spelling in alphabetical order on a tie, whatever the order of the entries', () => {
    const one = rankTags([live(['docker']), live(['Docker'])]);
    const other = rankTags([live(['Docker']), live(['docker'])]);
    expect(one).toEqual([{ tag: 'Docker', count: 2 }]);
    expect(other).toEqual(one);
  });

  it('ignores deleted entries', () => {
    expect(rankTags([{ tags: ['gone'], deletedAt: 1 }, live(['kept'])])).toEqual([
      { tag: 'kept', count: 1 },
    ]);
  });

  it('counts an entry once even if it stored a tag twice', () => {
    expect(rankTags([live(['a', 'A', ' a '])])).toEqual([{ tag: 'a', count: 1 }]);
  });

  it('orders ties case- and accent-insensitively', () => {
    const ranked = rankTags([live(['Zeta', 'alpha', 'Écologie', 'beta'])]).map((r) => r.tag);
    expect(ranked).toEqual(['alpha', 'beta', 'Écologie', 'Zeta']);
  });
});

describe('suggestTags', () => {
  const ranked = rankTags([
    live(['docker', 'docker registry', 'Sécurité']),
    live(['docker', 'kubernetes', 'registry']),
    live(['docker', 'devops']),
    live(['registry']),
  ]);

  it('suggests tags starting with the prefix, most used first', () => {
    expect(suggestTags('d', ranked, [], 8)).toEqual(['docker', 'devops', 'docker registry']);
  });

  it('then tags with a word starting with it', () => {
    expect(suggestTags('reg', ranked, [], 8)).toEqual(['registry', 'docker registry']);
  });

  it('ignores case, accents and a leading #', () => {
    expect(suggestTags('#SECU', ranked, [], 8)).toEqual(['Sécurité']);
  });

  it('skips tags already on the entry', () => {
    expect(suggestTags('d', ranked, ['DOCKER'], 8)).toEqual(['devops', 'docker registry']);
  });

  it('gives the most used tags for an empty prefix', () => {
    expect(suggestTags('', ranked, [], 2)).toEqual(['docker', 'registry']);
  });

  it('respects the limit', () => {
    expect(suggestTags('', ranked, [], 0)).toEqual([]);
    expect(suggestTags('d', ranked, [], 1)).toEqual(['docker']);
  });
});
