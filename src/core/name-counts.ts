/** The Tags and Categories views' counts, read from the names summary (core/name-summaries.ts). */
import { alphabetical } from './alphabetical';
import type { NameCount } from './curation';
import { CATEGORY_PREFIX, type NameSummary, TAG_PREFIX } from './name-summaries';
import { mostUsedSpelling } from './tags';

/** Every tag with its count (its most used spelling), from the summary's records. */
export function tagsOfSummary(rows: readonly NameSummary[]): NameCount[] {
  return alphabetically(
    rows
      .filter((row) => row.id.startsWith(TAG_PREFIX))
      .map((row) => mostUsedSpelling(Object.entries(row.spellings)))
      .map(({ tag, count }) => ({ name: tag, count })),
  );
}

/** Every category with its count, from the summary's records. */
export function categoriesOfSummary(rows: readonly NameSummary[]): NameCount[] {
  return alphabetically(
    rows
      .filter((row) => row.id.startsWith(CATEGORY_PREFIX))
      .map((row) => ({
        name: row.id.slice(CATEGORY_PREFIX.length),
        count: Object.values(row.spellings).reduce((sum, n) => sum + n, 0),
      })),
  );
}

const alphabetically = (counts: NameCount[]): NameCount[] =>
  counts.sort((a, b) => alphabetical(a.name, b.name));
