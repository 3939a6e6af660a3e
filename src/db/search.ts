import {
  matchesQuery,
  matchesTerms,
  type Probe,
  planProbes,
  type SearchQuery,
} from '../core/search';
import { idOfTermsKey } from '../core/search-terms';
import type { Entry } from '../core/types';
import type { VeilleDatabase } from './database';

/** A term matching more entries than this is checked on candidates, not used to find them. */
export const PROBE_CAP = 5000;
/** Candidates read and checked at a time. */
const CHUNK = 200;

export interface SearchOptions {
  /** How many entries at most (the page shows more on request). */
  limit?: number;
  /** A newer query supersedes this one: stop between two reads. */
  signal?: AbortSignal;
  /** Tests lower it to reach the walk with few entries. */
  probeCap?: number;
}

export interface SearchPage {
  /** Live entries matching the query, newest capture first. */
  entries: Entry[];
  /** True when more entries match than those returned. */
  more: boolean;
  /** How many match in all, when the index alone says it (no phrase, no common word). */
  total?: number;
}

const stopIfAborted = (signal: AbortSignal | undefined) => {
  if (signal?.aborted) throw new DOMException('A newer search superseded this one.', 'AbortError');
};

/** The index keys (capture time, id) of the entries having a term that the probe matches. */
async function probeKeys(
  db: VeilleDatabase,
  { term, prefix }: Probe,
  cap: number,
): Promise<string[]> {
  const where = db.entryTerms.where('terms');
  const keys = await (prefix ? where.startsWith(term) : where.equals(term))
    .limit(cap + 1)
    .primaryKeys();
  return [...new Set(keys)];
}

/** Chunks of candidate keys, newest first: from the index, or a walk of it when every term is common. */
async function* candidates(
  db: VeilleDatabase,
  probes: Probe[],
  { signal, probeCap = PROBE_CAP }: SearchOptions,
  onTotal: (total: number) => void,
): AsyncGenerator<string[]> {
  const found: string[][] = [];
  for (const probe of probes) {
    found.push(await probeKeys(db, probe, probeCap));
    stopIfAborted(signal);
  }
  const selective = found.filter((keys) => keys.length <= probeCap);
  if (selective.length > 0) {
    selective.sort((a, b) => a.length - b.length);
    let keys = selective[0] ?? [];
    for (const other of selective.slice(1)) {
      const set = new Set(other);
      keys = keys.filter((key) => set.has(key));
    }
    if (selective.length === found.length) onTotal(keys.length);
    keys.sort().reverse();
    for (let i = 0; i < keys.length; i += CHUNK) yield keys.slice(i, i + CHUNK);
    return;
  }
  // Every term is common: the newest entries match often, walk them.
  let below: string | undefined;
  for (;;) {
    const rows = await (below === undefined
      ? db.entryTerms.orderBy(':id')
      : db.entryTerms.where(':id').below(below)
    )
      .reverse()
      .limit(CHUNK * 5)
      .toArray();
    if (rows.length === 0) return;
    below = rows[rows.length - 1]?.key;
    yield rows.filter((row) => matchesTerms(row.terms, probes)).map((row) => row.key);
  }
}

/**
 * Live entries of every month matching a library search, newest first, at
 * most `limit`: found through the search index (`entryTerms`), never by
 * reading every entry. Throws an AbortError once `signal` is aborted.
 */
export async function searchEntries(
  db: VeilleDatabase,
  query: SearchQuery,
  options: SearchOptions = {},
): Promise<SearchPage> {
  const { limit = 50, signal } = options;
  const probes = planProbes(query);
  if (probes.length === 0) return { entries: [], more: false, total: 0 };
  let total: number | undefined;
  const entries: Entry[] = [];
  for await (const keys of candidates(db, probes, options, (n) => {
    if (query.phrases.length === 0) total = n;
  })) {
    stopIfAborted(signal);
    if (keys.length === 0) continue;
    const read = await db.entries.bulkGet(keys.map(idOfTermsKey));
    for (const entry of read) {
      if (entry && matchesQuery(entry, query)) entries.push(entry);
    }
    if (entries.length > limit) return { entries: entries.slice(0, limit), more: true, total };
  }
  return { entries, more: false, total: total ?? entries.length };
}
