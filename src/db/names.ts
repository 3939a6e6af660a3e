import type { NameCount } from '../core/curation';
import { categoriesOfSummary, tagsOfSummary } from '../core/name-counts';
import type { VeilleDatabase } from './database';

export type { NameCount };

/**
 * Every tag of the live entries with its count (one spelling per tag),
 * alphabetically: read from the names summary kept with every entry write,
 * never from the entries.
 */
export async function tagCounts(db: VeilleDatabase): Promise<NameCount[]> {
  return tagsOfSummary(await db.nameSummaries.toArray());
}

/** Every category of the live entries with its count, alphabetically (from the names summary). */
export async function categoryCounts(db: VeilleDatabase): Promise<NameCount[]> {
  return categoriesOfSummary(await db.nameSummaries.toArray());
}
