import { useEffect, useMemo, useState } from 'preact/hooks';
import { rankCategories, suggestCategory } from '../core/suggest';
import { rankTags, suggestTags } from '../core/tags';
import type { Entry } from '../core/types';
import type { HotStore } from '../db/hot-store';

/** What the suggestions learn from: an entry without its title, note and page metadata. */
type Past = Pick<Entry, 'tags' | 'category' | 'deletedAt' | 'capturedAt'>;

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

/**
 * Tag and category suggestions from the latest captures. Loaded after the
 * form is on screen: the popup must not wait for them. Only the fields they
 * learn from are kept, so the popup's heap does not hold a thousand notes.
 */
export function useSuggestions(store: Pick<HotStore, 'recentEntries'>): Suggestions {
  const [entries, setEntries] = useState<Past[]>([]);
  useEffect(() => {
    store.recentEntries().then(
      (recent) => setEntries(recent.map(past)),
      () => setEntries([]),
    );
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
