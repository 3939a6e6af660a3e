/**
 * The whole search index of a library at once (a restore, an import, the
 * upgrade to database version 3). Apart from search-terms.ts, which the
 * popup loads: only the options page builds whole indexes.
 */
import { entryTerms, live, type MonthSummary, type Posting } from './search-terms';
import type { Entry, MonthKey } from './types';

/** Builds the whole index of a set of entries, given a batch at a time. */
export function indexBuilder() {
  const docs = new Map<string, number[]>();
  const counts = new Map<MonthKey, number>();
  return {
    add(entries: Iterable<Entry>): void {
      for (const entry of entries) {
        if (!live(entry)) continue;
        for (const term of entryTerms(entry)) {
          const list = docs.get(term);
          if (list) list.push(entry.capturedAt);
          else docs.set(term, [entry.capturedAt]);
        }
        counts.set(entry.monthKey, (counts.get(entry.monthKey) ?? 0) + 1);
      }
    },
    /** Each term's posting, each month's count. */
    finish(): { postings: Posting[]; summaries: MonthSummary[] } {
      return {
        postings: [...docs].map(([term, list]) => ({ term, docs: Float64Array.from(list).sort() })),
        summaries: [...counts].map(([id, count]) => ({ id, count })),
      };
    },
  };
}

export type IndexBuilder = ReturnType<typeof indexBuilder>;

/** The whole index of a set of entries: each term's posting, each month's count. */
export function buildIndex(entries: Iterable<Entry>): {
  postings: Posting[];
  summaries: MonthSummary[];
} {
  const builder = indexBuilder();
  builder.add(entries);
  return builder.finish();
}
