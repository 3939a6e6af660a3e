import { describe, expect, it } from 'vitest';
import { isEmptyQuery, matchesQuery, parseQuery } from './search';
import type { Entry } from './types';

const entry: Entry = {
  id: '1',
  url: 'https://grafana.com/blog/loki',
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

describe('library search', () => {
  it('needs every word, anywhere, ignoring case and accents', () => {
    expect(matchesQuery(entry, parseQuery('loki SECURITE'))).toBe(true);
    expect(matchesQuery(entry, parseQuery('observabilite grafana.com'))).toBe(true);
    expect(matchesQuery(entry, parseQuery('loki tempo'))).toBe(false);
  });

  it('reads #tag as one of the entry tags, whole and case-insensitive', () => {
    expect(matchesQuery(entry, parseQuery('#logs'))).toBe(true);
    expect(matchesQuery(entry, parseQuery('#log'))).toBe(false);
    expect(matchesQuery(entry, parseQuery('#logs prometheus'))).toBe(true);
    expect(matchesQuery(entry, parseQuery('#logs #k8s'))).toBe(false);
  });

  it('treats blanks and a lone # as no query', () => {
    expect(isEmptyQuery(parseQuery('   '))).toBe(true);
    expect(isEmptyQuery(parseQuery(' # '))).toBe(true);
    expect(isEmptyQuery(parseQuery('x'))).toBe(false);
  });
});
