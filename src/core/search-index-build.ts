/**
 * The whole search index of a library at once (a restore, an import, the
 * upgrade to database version 3). Apart from search-terms.ts, which the
 * popup loads: only the options page builds whole indexes.
 */
import { type NameSummary, namesOf } from './name-summaries';
import { entryTerms, live, type MonthSummary, type Posting } from './search-terms';
import type { Entry, MonthKey } from './types';

export interface WholeIndex {
  postings: Posting[];
  summaries: MonthSummary[];
  names: NameSummary[];
}

/** The names summary of live entries, given one at a time. */
function nameCounter() {
  const names = new Map<string, Map<string, number>>();
  return {
    add(entry: Entry): void {
      for (const [id, spelling] of namesOf(entry)) {
        const spellings = names.get(id) ?? new Map<string, number>();
        spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
        names.set(id, spellings);
      }
    },
    finish: (): NameSummary[] =>
      [...names].map(([id, spellings]) => ({ id, spellings: Object.fromEntries(spellings) })),
  };
}

/** The names summary of a set of entries (database version 5's upgrade). */
export function buildNames(entries: Iterable<Entry>): NameSummary[] {
  const names = nameCounter();
  for (const entry of entries) if (live(entry)) names.add(entry);
  return names.finish();
}

/** Builds the whole index of a set of entries, given a batch at a time. */
export function indexBuilder() {
  const docs = new Map<string, number[]>();
  const counts = new Map<MonthKey, number>();
  const names = nameCounter();
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
        names.add(entry);
      }
    },
    /** Each term's posting, each month's count, each name's counts. */
    finish(): WholeIndex {
      return {
        postings: [...docs].map(([term, list]) => ({ term, docs: Float64Array.from(list).sort() })),
        summaries: [...counts].map(([id, count]) => ({ id, count })),
        names: names.finish(),
      };
    },
  };
}

export type IndexBuilder = ReturnType<typeof indexBuilder>;

/** The whole index of a set of entries: each term's posting, each month's count, each name's counts. */
export function buildIndex(entries: Iterable<Entry>): WholeIndex {
  const builder = indexBuilder();
  builder.add(entries);
  return builder.finish();
}
