import { rankCategories, suggestCategory } from '../core/suggest';
import { rankTags, suggestTags } from '../core/tags';
import type { Past, Suggestions } from './use-suggestions';

/**
 * Tag and category suggestions ranked from the latest captures. Loaded with
 * the writer once the form is on screen (later.ts): the form does not wait
 * for them.
 */
export function suggestionsFrom(entries: Past[]): Suggestions {
  const rankedTags = rankTags(entries);
  return {
    tagsFor: (prefix, exclude) => suggestTags(prefix, rankedTags, exclude, 8),
    categories: rankCategories(entries),
    categoryFor: (tags) => suggestCategory(tags, entries),
  };
}
