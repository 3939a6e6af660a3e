import {
  categoryTerm,
  entryTerms,
  monthTerm,
  searchedTexts,
  tagTerm,
  wordsOf,
} from './search-terms';
import type { Entry } from './types';

/**
 * A library search as typed. Every condition must hold:
 * - a word: the start of a word of the title, note, tags, category or the
 *   URL's host (case and accents ignored; three characters or more); a word
 *   of two characters is found whole only (`ai`, `go`): the start of a word
 *   that short would read most of the index at every first keystroke;
 * - `#tag`: one of the entry's tags, whole (`#"docker registry"` for spaces);
 * - `category:obs`: the category starts so (`category:"Cloud native"`);
 * - `month:2019-03` (or `month:2019`, a year): the entry's month starts so;
 * - `"exact phrase"`: these words, whole and in this order, in one field.
 */
export interface SearchQuery {
  words: string[];
  phrases: string[][];
  /** Index terms (`#…`), whole. */
  tags: string[];
  /** Index term prefixes (`@…`). */
  categories: string[];
  /** Index term prefixes (`~…`). */
  months: string[];
}

const TERM = /(#|category:|month:)?(?:"([^"]*)"?|(\S+))/giu;

export function parseQuery(input: string): SearchQuery {
  const query: SearchQuery = { words: [], phrases: [], tags: [], categories: [], months: [] };
  for (const match of input.matchAll(TERM)) {
    const [, prefix, quoted, bare] = match;
    const value = (quoted ?? bare ?? '').trim();
    const kind = prefix?.toLowerCase();
    // `category:` or `month:` still being typed is no word to look for.
    if ((kind && value === '') || /^(category|month):$/i.test(bare ?? '')) continue;
    if (kind === '#') query.tags.push(tagTerm(value));
    else if (kind === 'category:') query.categories.push(categoryTerm(value));
    else if (kind === 'month:') query.months.push(monthTerm(value));
    else if (quoted !== undefined) {
      const phrase = wordsOf(value);
      if (phrase.length > 0) query.phrases.push(phrase);
    } else query.words.push(...wordsOf(value));
  }
  return query;
}

export function isEmptyQuery(query: SearchQuery): boolean {
  return (
    query.words.length === 0 &&
    query.phrases.length === 0 &&
    query.tags.length === 0 &&
    query.categories.length === 0 &&
    query.months.length === 0
  );
}

/** A shorter word is looked up whole, never as the start of longer ones. */
export const MIN_PREFIX = 3;

/** One look-up in the index: the terms equal to `term`, or starting with it. */
export interface Probe {
  term: string;
  prefix: boolean;
}

/**
 * The index look-ups that find a query's candidates: each must match. A
 * phrase's words are looked up whole; whether they follow each other is
 * checked on the candidates (`matchesQuery`).
 */
export function planProbes(query: SearchQuery): Probe[] {
  const probes = new Map<string, Probe>();
  const add = (term: string, prefix: boolean) => {
    const key = `${prefix ? '^' : '='}${term}`;
    if (!probes.has(key)) probes.set(key, { term, prefix });
  };
  for (const tag of query.tags) add(tag, false);
  for (const category of query.categories) add(category, true);
  for (const month of query.months) add(month, true);
  for (const phrase of query.phrases) for (const word of phrase) add(word, false);
  for (const word of query.words) add(word, word.length >= MIN_PREFIX);
  return [...probes.values()];
}

/** True when an entry's index terms satisfy every probe (all but the phrases' order). */
export function matchesTerms(terms: readonly string[], probes: readonly Probe[]): boolean {
  return probes.every(({ term, prefix }) =>
    terms.some((t) => (prefix ? t.startsWith(term) : t === term)),
  );
}

/** True when `words` holds `phrase` as consecutive words. */
function holdsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((word, j) => words[i + j] === word)) return true;
  }
  return false;
}

/** True when the entry satisfies every condition of the query. */
export function matchesQuery(entry: Entry, query: SearchQuery): boolean {
  if (entry.deletedAt !== null) return false;
  if (!matchesTerms(entryTerms(entry), planProbes(query))) return false;
  if (query.phrases.length === 0) return true;
  const fields = searchedTexts(entry).map(wordsOf);
  return query.phrases.every((phrase) => fields.some((words) => holdsPhrase(words, phrase)));
}
