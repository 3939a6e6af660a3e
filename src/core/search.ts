import { fold } from './fold';
import { tagKey } from './tags';
import type { Entry } from './types';

/**
 * A library search as typed: words that must all appear (in the title, note,
 * URL, category or a tag; case and accents ignored), and `#tag` terms that
 * must each be one of the entry's tags.
 */
export interface SearchQuery {
  words: string[];
  tags: string[];
}

export function parseQuery(input: string): SearchQuery {
  const words: string[] = [];
  const tags: string[] = [];
  for (const term of input.trim().split(/\s+/)) {
    if (term.startsWith('#') && term.length > 1) tags.push(tagKey(term.slice(1)));
    else if (term !== '' && term !== '#') words.push(fold(term));
  }
  return { words, tags };
}

export function isEmptyQuery(query: SearchQuery): boolean {
  return query.words.length === 0 && query.tags.length === 0;
}

/** True when the entry has every `#tag` and every word of the query. */
export function matchesQuery(entry: Entry, query: SearchQuery): boolean {
  const entryTags = new Set(entry.tags.map(tagKey));
  if (!query.tags.every((tag) => entryTags.has(tag))) return false;
  if (query.words.length === 0) return true;
  const haystack = fold(
    [entry.title, entry.note, entry.url, entry.category, ...entry.tags].join('\n'),
  );
  return query.words.every((word) => haystack.includes(word));
}
