import { useEffect, useMemo, useState } from 'preact/hooks';
import { rankCategories, suggestCategory } from '../core/suggest';
import { rankTags, suggestTags } from '../core/tags';
import type { Entry } from '../core/types';
import type { HotStore } from '../db/hot-store';

export interface Suggestions {
  tagsFor(prefix: string, exclude: string[]): string[];
  categories: string[];
  categoryFor(tags: string[]): string | null;
}

/**
 * Tag and category suggestions from the latest captures. Loaded after the
 * form is on screen: the popup must not wait for them.
 */
export function useSuggestions(store: Pick<HotStore, 'recentEntries'>): Suggestions {
  const [entries, setEntries] = useState<Entry[]>([]);
  useEffect(() => {
    store.recentEntries().then(setEntries, () => setEntries([]));
  }, [store]);
  return useMemo(() => {
    const rankedTags = rankTags(entries);
    return {
      tagsFor: (prefix, exclude) => suggestTags(prefix, rankedTags, exclude, 8),
      categories: rankCategories(entries),
      categoryFor: (tags) => suggestCategory(tags, entries),
    };
  }, [entries]);
}
