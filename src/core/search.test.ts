import { describe, expect, it } from 'vitest';
import { isEmptyQuery, matchesQuery, matchesTerms, parseQuery, planProbes } from './search';
import { entryTerms } from './search-terms';
import type { Entry } from './types';

const entry: Entry = {
  id: '1',
  url: 'https://www.grafana.com/blog/loki',
  title: 'Loki: like Prometheus, but for logs',
  note: 'La **sécurité** des journaux, enfin simple.',
  tags: ['Logs', 'docker registry'],
  category: 'Observabilité',
  monthKey: '2019-03',
  capturedAt: 0,
  updatedAt: 0,
  deletedAt: null,
  meta: {},
};

const finds = (text: string, e: Entry = entry) => matchesQuery(e, parseQuery(text));

describe('library search', () => {
  it('needs every word, as the start of a word, ignoring case and accents', () => {
    expect(finds('loki SECURITE')).toBe(true);
    expect(finds('secu prom')).toBe(true);
    expect(finds('observabilite grafana.com')).toBe(true);
    expect(finds('loki tempo')).toBe(false);
    // Inside a word is not the start of one.
    expect(finds('curite')).toBe(false);
    // The host is searched, not the path.
    expect(finds('blog')).toBe(false);
  });

  it('reads #tag as one of the entry tags, whole, case and accents ignored', () => {
    expect(finds('#logs')).toBe(true);
    expect(finds('#LOGS')).toBe(true);
    expect(finds('#log')).toBe(false);
    expect(finds('#logs prometheus')).toBe(true);
    expect(finds('#logs #k8s')).toBe(false);
    expect(finds('#"docker registry"')).toBe(true);
    expect(finds('#docker')).toBe(false);
    // A tag's words are words too.
    expect(finds('registry')).toBe(true);
  });

  it('reads category: as the start of the category, and month: as the month or its year', () => {
    expect(finds('category:observabilite')).toBe(true);
    expect(finds('Category:Obs')).toBe(true);
    expect(finds('category:"observabilité"')).toBe(true);
    expect(finds('category:data')).toBe(false);
    expect(finds('month:2019-03')).toBe(true);
    expect(finds('month:2019')).toBe(true);
    expect(finds('month:2019-04')).toBe(false);
    expect(finds('month:2019-03 loki #logs category:obs')).toBe(true);
  });

  it('finds a quoted phrase only as whole words in that order, within one field', () => {
    expect(finds('"like prometheus"')).toBe(true);
    expect(finds('"LIKE PROMÉTHEUS, but"')).toBe(true);
    expect(finds('"prometheus like"')).toBe(false);
    expect(finds('"like prom"')).toBe(false);
    // The title ends and the note begins: not one phrase.
    expect(finds('"logs la"')).toBe(false);
    // An unclosed quote is a phrase still being typed.
    expect(finds('"sécurité des')).toBe(true);
  });

  it('finds no deleted entry', () => {
    expect(finds('loki', { ...entry, deletedAt: 1 })).toBe(false);
  });

  it('treats blanks, a lone # and a bare prefix still being typed as no query', () => {
    expect(isEmptyQuery(parseQuery('   '))).toBe(true);
    expect(isEmptyQuery(parseQuery(' # '))).toBe(true);
    expect(isEmptyQuery(parseQuery('category: month:'))).toBe(true);
    expect(isEmptyQuery(parseQuery('""'))).toBe(true);
    // One letter is too little to look for.
    expect(isEmptyQuery(parseQuery('x'))).toBe(true);
    expect(isEmptyQuery(parseQuery('xy'))).toBe(false);
    expect(isEmptyQuery(parseQuery('#x'))).toBe(false);
  });
});

describe('the index terms', () => {
  it('hold the words of every searched field, each once, and one term per tag, category and month', () => {
    const terms = entryTerms(entry);
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms).toEqual(
      expect.arrayContaining([
        'loki',
        'securite',
        'observabilite',
        'grafana',
        'com',
        'docker',
        '#logs',
        '#docker registry',
        '@observabilite',
        '~2019-03',
      ]),
    );
    expect(terms).not.toContain('www');
    expect(terms).not.toContain('blog');
  });

  it('lets no word prefix reach a marked term', () => {
    const probes = planProbes(parseQuery('obs'));
    expect(matchesTerms(['@observabilite'], probes)).toBe(false);
    expect(matchesTerms(['observabilite'], probes)).toBe(true);
  });

  it('finds a word of two letters whole only, and three letters or more as a start', () => {
    expect(finds('la')).toBe(true);
    expect(finds('lo')).toBe(false);
    expect(finds('lok')).toBe(true);
    expect(planProbes(parseQuery('go kub'))).toEqual([
      { term: 'go', prefix: false },
      { term: 'kub', prefix: true },
    ]);
  });

  it('plan one look-up per condition, a phrase word by word and whole', () => {
    expect(planProbes(parseQuery('kub #k8s category:Cloud month:2019 "rust book" kub'))).toEqual([
      { term: '#k8s', prefix: false },
      { term: '@cloud', prefix: true },
      { term: '~2019', prefix: true },
      { term: 'rust', prefix: false },
      { term: 'book', prefix: false },
      { term: 'kub', prefix: true },
    ]);
  });
});
