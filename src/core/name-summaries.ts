/**
 * The names summary: how many live entries carry each tag and each category,
 * kept with every entry write (like the month counts), so the Tags and
 * Categories views read a few hundred records instead of every entry.
 *
 * One record per name: `tag:<tagKey>` (tags are one whatever their case) and
 * `category:<trimmed name>`, holding the count of each stored spelling
 * (`normalizeTag` for tags, trimmed for categories; an entry counts once per
 * tag, with its first spelling, as rankTags does). The popup ships the
 * counting part (this file); the views read it through name-counts.ts.
 */
import { normalizeTag, tagKey } from './tag-key';
import type { Entry } from './types';

export interface NameSummary {
  /** `tag:<tagKey>` or `category:<trimmed name>`. */
  id: string;
  /** Live entries per spelling (never zero). */
  spellings: Record<string, number>;
}

export const TAG_PREFIX = 'tag:';
export const CATEGORY_PREFIX = 'category:';

/** An entry's names: summary id → the spelling it counts under. */
export function namesOf(entry: Pick<Entry, 'tags' | 'category'>): Map<string, string> {
  const names = new Map<string, string>();
  for (const raw of entry.tags) {
    const tag = normalizeTag(raw);
    const id = TAG_PREFIX + tagKey(tag);
    if (tag !== '' && !names.has(id)) names.set(id, tag);
  }
  const category = entry.category.trim();
  if (category !== '') names.set(CATEGORY_PREFIX + category, category);
  return names;
}

/** The summary's changes as records: `stored` (by id, absent when new) with `deltas` added. */
export function changedSummaries(
  deltas: ReadonlyMap<string, ReadonlyMap<string, number>>,
  stored: readonly (NameSummary | undefined)[],
): { puts: NameSummary[]; empty: string[] } {
  const puts: NameSummary[] = [];
  const empty: string[] = [];
  [...deltas].forEach(([id, delta], i) => {
    const counts = new Map(Object.entries(stored[i]?.spellings ?? {}));
    for (const [spelling, n] of delta) counts.set(spelling, (counts.get(spelling) ?? 0) + n);
    const kept = [...counts].filter(([, count]) => count > 0);
    if (kept.length > 0) puts.push({ id, spellings: Object.fromEntries(kept) });
    else if (stored[i]) empty.push(id);
  });
  return { puts, empty };
}
