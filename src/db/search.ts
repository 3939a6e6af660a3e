import { matchesQuery, type Probe, planProbes, type SearchQuery } from '../core/search';
import type { Entry } from '../core/types';
import type { VeilleDatabase } from './database';

/** Capture times whose entries are read and checked at a time. */
const MIN_CHUNK = 20;
const MAX_CHUNK = 1000;

export interface SearchOptions {
  /** How many entries at most (the page shows more on request). */
  limit?: number;
  /** A newer query supersedes this one: stop between two reads. */
  signal?: AbortSignal;
}

export interface SearchPage {
  /** Live entries matching the query, newest capture first. */
  entries: Entry[];
  /** True when more entries match than those returned. */
  more: boolean;
}

const stopIfAborted = (signal: AbortSignal | undefined) => {
  if (signal?.aborted) throw new DOMException('A newer search superseded this one.', 'AbortError');
};

/** The capture times of the live entries having a term the probe matches, ascending, each once. */
async function probeTimes(db: VeilleDatabase, { term, prefix }: Probe): Promise<Float64Array> {
  if (!prefix) return uniqueSorted((await db.postings.get(term))?.docs ?? new Float64Array());
  const postings = await db.postings.where(':id').startsWith(term).toArray();
  if (postings.length === 1) return uniqueSorted(postings[0]?.docs ?? new Float64Array());
  const all = new Float64Array(postings.reduce((n, p) => n + p.docs.length, 0));
  let at = 0;
  for (const { docs } of postings) {
    all.set(docs, at);
    at += docs.length;
  }
  return uniqueSorted(all.sort());
}

function uniqueSorted(sorted: Float64Array): Float64Array {
  let n = 0;
  const out = new Float64Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) out[n++] = sorted[i] as number;
  }
  return out.subarray(0, n);
}

/** The times in both ascending lists. */
function intersect(a: Float64Array, b: Float64Array): Float64Array {
  const out = new Float64Array(Math.min(a.length, b.length));
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, n);
}

/**
 * Live entries of every month matching a library search, newest first, at
 * most `limit`: the index (`postings`) gives the capture times of the
 * entries having every term; only the entries captured then are read and
 * checked (a phrase, the order of its words). Never reads every entry.
 * Throws an AbortError once `signal` is aborted.
 */
export async function searchEntries(
  db: VeilleDatabase,
  query: SearchQuery,
  { limit = 50, signal }: SearchOptions = {},
): Promise<SearchPage> {
  const probes = planProbes(query);
  if (probes.length === 0) return { entries: [], more: false };
  let times: Float64Array | undefined;
  // The smallest lists first: the intersection only shrinks.
  const lists: Float64Array[] = [];
  for (const probe of probes) {
    lists.push(await probeTimes(db, probe));
    stopIfAborted(signal);
  }
  for (const list of lists.sort((a, b) => a.length - b.length)) {
    times = times ? intersect(times, list) : list;
  }
  const candidates = times ?? new Float64Array();
  const entries: Entry[] = [];
  let size = 0;
  for (let end = candidates.length; end > 0; ) {
    // As many times as results are still needed (most candidates match), and
    // twice as many as last time when they did not (a rare phrase).
    size = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, limit + 1 - entries.length, size * 2));
    const chunk = Array.from(candidates.subarray(Math.max(0, end - size), end));
    end -= size;
    // One request per time, sent together: a cursor jumping between scattered
    // times waits for each jump in turn.
    const read = (
      await Promise.all(chunk.map((time) => db.entries.where('capturedAt').equals(time).toArray()))
    ).flat();
    stopIfAborted(signal);
    const found = read.filter((entry) => matchesQuery(entry, query));
    found.sort((a, b) => b.capturedAt - a.capturedAt || (a.id < b.id ? 1 : -1));
    entries.push(...found);
    if (entries.length > limit) return { entries: entries.slice(0, limit), more: true };
  }
  return { entries, more: false };
}
