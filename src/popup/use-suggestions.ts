import { useEffect, useState } from 'preact/hooks';
import type { Entry } from '../core/types';
import type { HotStore } from '../db/hot-store';

/** What the suggestions learn from: an entry without its title, note and page metadata. */
export type Past = Pick<Entry, 'tags' | 'category' | 'deletedAt' | 'capturedAt'>;

const past = ({ tags, category, deletedAt, capturedAt }: Entry): Past => ({
  tags,
  category,
  deletedAt,
  capturedAt,
});

export interface Suggestions {
  tagsFor(prefix: string, exclude: string[]): string[];
  categories: string[];
  categoryFor(tags: string[]): string | null;
}

/** Until the captures and the ranking are loaded, or when they cannot be. */
const NONE: Suggestions = { tagsFor: () => [], categories: [], categoryFor: () => null };

/**
 * Tag and category suggestions from the latest captures. Loaded after the
 * form is on screen: the popup must not wait for them. Only the fields they
 * learn from are kept, so the popup's heap does not hold a thousand notes.
 */
export function useSuggestions(
  store: Pick<HotStore, 'recentEntries'>,
  /** Where the ranking (suggestions.ts) comes from: loaded after the form is on screen. */
  deferred: () => Promise<{ suggestionsFrom(entries: Past[]): Suggestions }>,
): Suggestions {
  const [suggestions, setSuggestions] = useState(NONE);
  useEffect(() => {
    Promise.all([store.recentEntries(), deferred()]).then(
      ([recent, { suggestionsFrom }]) => setSuggestions(suggestionsFrom(recent.map(past))),
      () => setSuggestions(NONE),
    );
  }, [store]);
  return suggestions;
}
