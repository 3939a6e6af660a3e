import { alphabetical } from '../core/alphabetical';
import { countCategories, type NameCount } from '../core/curation';
import { rankTags } from '../core/tags';
import type { VeilleDatabase } from './database';

export type { NameCount };

const liveEntries = (db: VeilleDatabase) =>
  db.entries.filter((entry) => entry.deletedAt === null).toArray();

/** Every tag of the live entries with its count (one spelling per tag), alphabetically. */
export async function tagCounts(db: VeilleDatabase): Promise<NameCount[]> {
  return rankTags(await liveEntries(db))
    .map(({ tag, count }) => ({ name: tag, count }))
    .sort((a, b) => alphabetical(a.name, b.name));
}

/** Every category of the live entries with its count, alphabetically. */
export async function categoryCounts(db: VeilleDatabase): Promise<NameCount[]> {
  return countCategories(await liveEntries(db));
}
