import type { Probe } from '../core/search';
import type { Posting } from '../core/search-terms';
import type { Entry } from '../core/types';

/** Postings of this many look-ups are kept (the latest ones typed). */
const PROBES_KEPT = 16;
/** Past this many capture times, the entries kept are dropped and read again. */
const TIMES_KEPT = 2000;

/**
 * What the searches of one typing burst read, kept for the next keystroke:
 * the postings of each look-up (`kube`'s postings hold `kuber`'s, which are
 * then filtered in memory) and the entries read, by capture time. Only valid
 * while the store is unchanged: whoever owns it calls `clear()` on every
 * write (this page's or announced by another), and a search that began
 * before a `clear()` keeps nothing it read.
 */
export class SearchCache {
  /** Bumped by every `clear()`: a search stores only what it read since. */
  generation = 0;
  readonly postingsByProbe = new Map<string, Posting[]>();
  readonly entriesByTime = new Map<number, Entry[]>();
  /** Capture times two live entries or more share (`search.ts`), once read. */
  shared: Promise<Float64Array> | undefined;
  private readonly cleared = new Set<() => void>();

  /** After a write: forgets everything, then tells those listening. */
  clear(): void {
    this.generation++;
    this.forgetReads();
    this.shared = undefined;
    for (const listener of this.cleared) listener();
  }

  /** Forgets the postings and entries (no search is shown), keeping the shared times. */
  forgetReads(): void {
    this.postingsByProbe.clear();
    this.entriesByTime.clear();
  }

  /** Calls `listener` after each `clear()`; returns the way to stop. */
  onClear(listener: () => void): () => void {
    this.cleared.add(listener);
    return () => this.cleared.delete(listener);
  }

  /** The postings a look-up needs, when one kept holds them. */
  postingsFor({ term, prefix }: Probe): Posting[] | undefined {
    const kept = this.postingsByProbe.get(probeKey({ term, prefix }));
    if (kept) return kept;
    // A prefix kept that this look-up extends holds every term it needs.
    for (const [key, records] of this.postingsByProbe) {
      if (key[0] !== '^' || !term.startsWith(key.slice(1))) continue;
      return records.filter((record) =>
        prefix ? record.term.startsWith(term) : record.term === term,
      );
    }
    return undefined;
  }

  keepPostings(probe: Probe, records: Posting[], generation: number): void {
    if (generation !== this.generation) return;
    const key = probeKey(probe);
    this.postingsByProbe.delete(key);
    this.postingsByProbe.set(key, records);
    for (const old of this.postingsByProbe.keys()) {
      if (this.postingsByProbe.size <= PROBES_KEPT) break;
      this.postingsByProbe.delete(old);
    }
  }

  keepEntries(read: ReadonlyMap<number, Entry[]>, generation: number): void {
    if (generation !== this.generation) return;
    if (this.entriesByTime.size + read.size > TIMES_KEPT) this.entriesByTime.clear();
    for (const [time, entries] of read) this.entriesByTime.set(time, entries);
  }
}

export const probeKey = ({ term, prefix }: Probe): string => `${prefix ? '^' : '='}${term}`;
