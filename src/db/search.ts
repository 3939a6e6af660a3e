import { matchesQuery, type Probe, planProbes, type SearchQuery } from '../core/search';
import { MONTH_MARK, type Posting } from '../core/search-terms';
import { holdsTime, intersect, mergeAll, repeatedTimes, uniqueSorted } from '../core/sorted-times';
import type { Entry } from '../core/types';
import type { VeilleDatabase } from './database';
import { SearchCache } from './search-cache';

/** Capture times whose entries are read and checked at a time. */
const MIN_CHUNK = 20;
const MAX_CHUNK = 1000;
/** Past this many candidates shared with other entries, the total is not counted. */
const SHARED_READ_MAX = 200;

export interface SearchOptions {
  /** How many entries at most (the page shows more on request). */
  limit?: number;
  /** A newer query supersedes this one: stop between two reads. */
  signal?: AbortSignal;
  /** What earlier searches read, while the store has not changed since. */
  cache?: SearchCache;
}

export interface SearchPage {
  /** Live entries matching the query, newest capture first. */
  entries: Entry[];
  /** True when more entries match than those returned. */
  more: boolean;
  /**
   * How many live entries match in all; undefined when it would take reading
   * them all (a phrase whose candidates were not all read).
   */
  total: number | undefined;
}

const stopIfAborted = (signal: AbortSignal | undefined) => {
  if (signal?.aborted) throw new DOMException('A newer search superseded this one.', 'AbortError');
};

/** The capture times of the live entries having a term the probe matches, ascending, each once. */
async function probeTimes(
  db: VeilleDatabase,
  probe: Probe,
  cache: SearchCache,
  generation: number,
): Promise<Float64Array> {
  let records = cache.postingsFor(probe);
  if (!records) {
    const { term, prefix } = probe;
    records = prefix
      ? await db.postings.where(':id').startsWith(term).toArray()
      : [await db.postings.get(term)].filter((record): record is Posting => !!record);
    cache.keepPostings(probe, records, generation);
  }
  return uniqueSorted(mergeAll(records.map((record) => record.docs)));
}

/**
 * The capture times that two live entries or more share (entries imported
 * together, or captured in the same millisecond): every live entry is in
 * its month's posting once, so these are the times the month postings
 * repeat. Read once while the store is unchanged.
 */
function sharedTimes(db: VeilleDatabase, cache: SearchCache): Promise<Float64Array> {
  if (!cache.shared) {
    const reading = db.postings
      .where(':id')
      .startsWith(MONTH_MARK)
      .toArray()
      .then((months) => repeatedTimes(mergeAll(months.map((month) => month.docs))));
    reading.catch(() => {
      if (cache.shared === reading) cache.shared = undefined;
    });
    cache.shared = reading;
  }
  return cache.shared;
}

/** The entries captured at these times, in this order; each time one request, sent together. */
async function entriesAt(
  db: VeilleDatabase,
  times: readonly number[],
  cache: SearchCache,
  generation: number,
): Promise<Entry[]> {
  const missing = times.filter((time) => !cache.entriesByTime.has(time));
  // A cursor jumping between scattered times would wait for each jump in turn.
  const found = await Promise.all(
    missing.map((time) => db.entries.where('capturedAt').equals(time).toArray()),
  );
  const read = new Map(missing.map((time, i) => [time, found[i] ?? []]));
  const entries = times.flatMap((time) => read.get(time) ?? cache.entriesByTime.get(time) ?? []);
  cache.keepEntries(read, generation);
  return entries;
}

const newestFirst = (a: Entry, b: Entry) =>
  b.capturedAt - a.capturedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * Live entries of every month matching a library search, newest first, at
 * most `limit`, and how many match in all: the index (`postings`) gives the
 * capture times of the entries having every term; only the entries captured
 * at the newest of those times are read and checked (a phrase, the order of
 * its words). Without a phrase, each time is one matching entry, but for the
 * few times several entries share: the total needs no other read. Never
 * reads every entry. Throws an AbortError once `signal` is aborted.
 */
export async function searchEntries(
  db: VeilleDatabase,
  query: SearchQuery,
  { limit = 50, signal, cache = new SearchCache() }: SearchOptions = {},
): Promise<SearchPage> {
  const probes = planProbes(query);
  if (probes.length === 0) return { entries: [], more: false, total: 0 };
  const generation = cache.generation;
  const lists = await Promise.all(probes.map((probe) => probeTimes(db, probe, cache, generation)));
  stopIfAborted(signal);
  // The smallest lists first: the intersection only shrinks.
  lists.sort((a, b) => a.length - b.length);
  const candidates = lists.slice(1).reduce(intersect, lists[0] ?? new Float64Array());
  const check = (entries: Entry[]) => entries.filter((entry) => matchesQuery(entry, query));
  // Without a phrase, each candidate time is one match (but for times that
  // several entries share): the total needs them, read while the page is.
  const counting =
    query.phrases.length === 0 && candidates.length > limit ? sharedTimes(db, cache) : undefined;

  const entries: Entry[] = [];
  let size = 0;
  let end = candidates.length;
  while (end > 0 && entries.length <= limit) {
    // As many times as results are still needed (most candidates match), and
    // four times as many as last time when they did not (a rare phrase).
    size = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, limit + 1 - entries.length, size * 4));
    const chunk = Array.from(candidates.subarray(Math.max(0, end - size), end));
    end -= chunk.length;
    const read = await entriesAt(db, chunk, cache, generation);
    stopIfAborted(signal);
    entries.push(...check(read).sort(newestFirst));
  }
  let total = end === 0 ? entries.length : undefined;
  if (counting) {
    const shared = await counting;
    const [few, many] =
      shared.length < candidates.length ? [shared, candidates] : [candidates, shared];
    const sharing = Array.from(few).filter((time) => holdsTime(many, time));
    if (sharing.length <= SHARED_READ_MAX) {
      const matches = check(await entriesAt(db, sharing, cache, generation)).length;
      stopIfAborted(signal);
      total = candidates.length - sharing.length + matches;
    }
  }
  return { entries: entries.slice(0, limit), more: entries.length > limit, total };
}
