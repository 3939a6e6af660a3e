/**
 * Category suggestions from the author's own history: a capture tagged
 * "kubernetes" most likely goes where the previous "kubernetes" links went.
 * Categories are compared exactly (after trimming): they are section titles,
 * and the author decides whether "Cloud" and "cloud" are one section.
 */

import { alphabetical } from './alphabetical';
import { tagKey } from './tags';
import type { Entry } from './types';

type Past = Pick<Entry, 'tags' | 'category' | 'deletedAt' | 'capturedAt'>;

/**
 * The category that live entries sharing at least one of `tags` went to most
 * often; on a tie, the one used most recently. Null without tags or matches.
 */
export function suggestCategory(tags: readonly string[], entries: readonly Past[]): string | null {
  const wanted = new Set(tags.map(tagKey));
  if (wanted.size === 0) return null;
  const scores = new Map<string, { count: number; latest: number }>();
  for (const entry of entries) {
    const category = entry.category.trim();
    if (entry.deletedAt !== null || category === '') continue;
    if (!entry.tags.some((t) => wanted.has(tagKey(t)))) continue;
    const score = scores.get(category) ?? { count: 0, latest: Number.NEGATIVE_INFINITY };
    score.count += 1;
    score.latest = Math.max(score.latest, entry.capturedAt);
    scores.set(category, score);
  }
  let best: string | null = null;
  let bestScore = { count: 0, latest: Number.NEGATIVE_INFINITY };
  for (const [category, score] of scores) {
    const better =
      score.count > bestScore.count ||
      (score.count === bestScore.count && score.latest > bestScore.latest);
    if (better) [best, bestScore] = [category, score];
  }
  return best;
}

/** How many live entries each category holds (trimmed; no category is not one). */
export function categoryCounts(
  entries: readonly Pick<Entry, 'category' | 'deletedAt'>[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const category = entry.category.trim();
    if (entry.deletedAt !== null || category === '') continue;
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return counts;
}

/** The categories of live entries, most used first, ties in alphabetical order. */
export function rankCategories(
  entries: readonly Pick<Entry, 'category' | 'deletedAt'>[],
): string[] {
  return [...categoryCounts(entries)]
    .sort(([a, na], [b, nb]) => nb - na || alphabetical(a, b))
    .map(([category]) => category);
}
