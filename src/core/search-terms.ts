/**
 * The library's search index, as written with each entry (both doors: the
 * popup and the worker through idb, the options page through Dexie). Kept
 * tiny: it ships in the popup.
 *
 * An entry's terms are its words (title, note, tags, category, the URL's
 * host; case and accents folded, two characters or more) and one term per
 * tag (`#…`), for its category (`@…`) and its month (`~YYYY-MM`). A marked
 * term starts with a character no word holds, so a word prefix never reaches
 * one.
 */
import { fold } from './fold';
import { namesOf } from './name-summaries';
import type { Entry, MonthKey } from './types';

/** Longer words are cut: a term is a key of an index, not a paragraph. */
export const MAX_TERM_LENGTH = 32;

export const TAG_MARK = '#';
export const CATEGORY_MARK = '@';
export const MONTH_MARK = '~';

const NOT_ASCII = /[\u0080-\uffff]/;

/** The folded words of a text, in order, each of two characters or more. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  // Most text is ASCII: folding is lower case, and a simpler split is faster.
  const folded = NOT_ASCII.test(text) ? fold(text) : text.toLowerCase();
  const parts = NOT_ASCII.test(folded)
    ? folded.split(/[^\p{L}\p{N}]+/u)
    : folded.split(/[^a-z0-9]+/);
  for (const word of parts) {
    if (word.length > 1) words.push(word.slice(0, MAX_TERM_LENGTH));
  }
  return words;
}

/** `example.org` for `https://www.example.org/a`; '' when it is not a URL. */
export function hostOf(url: string): string {
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)/i.exec(url)?.[1] ?? '';
  return host.replace(/^www\./i, '').replace(/^[^@]*@/, '');
}

/** The texts whose words are searched, one per field (a phrase stays within one). */
export function searchedTexts(entry: Entry): string[] {
  return [entry.title, entry.note, entry.category, hostOf(entry.url), ...entry.tags];
}

export const tagTerm = (tag: string): string => TAG_MARK + fold(tag).slice(0, MAX_TERM_LENGTH);
export const categoryTerm = (category: string): string =>
  CATEGORY_MARK + fold(category).slice(0, MAX_TERM_LENGTH);
export const monthTerm = (monthKey: MonthKey): string => MONTH_MARK + monthKey;

/** Every term of an entry, each once. */
export function entryTerms(entry: Entry): string[] {
  // One pass over every field at once: a line break ends a word anyway.
  const terms = new Set<string>(wordsOf(searchedTexts(entry).join('\n')));
  for (const tag of entry.tags) terms.add(tagTerm(tag));
  if (entry.category !== '') terms.add(categoryTerm(entry.category));
  terms.add(monthTerm(entry.monthKey));
  return [...terms];
}

/**
 * The index: for each term, the capture times of the live entries that have
 * it (`docs`, ascending, one per entry: two entries captured in the same
 * millisecond give it twice). A search intersects these lists, then reads the
 * entries captured at those times through the `capturedAt` index and checks
 * each one. One record per term, not one index row per term of each entry:
 * a restore of 100,000 entries writes its vocabulary once.
 */
export interface Posting {
  term: string;
  docs: Float64Array;
}

/** A month's count of live entries, kept with every write. */
export interface MonthSummary {
  id: MonthKey;
  count: number;
}

/** What entry writes do to the index: per term, capture times to add and to remove. */
export interface IndexChanges {
  postings: Map<string, { add: number[]; remove: number[] }>;
  /** Month key → change in its count of live entries (zero changes left out). */
  monthDeltas: Map<MonthKey, number>;
  /** Names summary id → spelling → change in its count of live entries (zero changes left out). */
  nameDeltas: Map<string, Map<string, number>>;
}

export const live = (entry: Entry | undefined): entry is Entry =>
  !!entry && entry.deletedAt === null;

/**
 * The index's changes for entry writes, each given as the entry before and
 * after it (undefined: absent). Only live entries are indexed and counted.
 */
export function indexChanges(
  writes: Iterable<readonly [Entry | undefined, Entry | undefined]>,
): IndexChanges {
  const postings = new Map<string, { add: number[]; remove: number[] }>();
  const monthDeltas = new Map<MonthKey, number>();
  const nameDeltas = new Map<string, Map<string, number>>();
  const change = (term: string) => {
    const found = postings.get(term) ?? { add: [], remove: [] };
    postings.set(term, found);
    return found;
  };
  const count = (month: MonthKey, delta: number) => {
    const next = (monthDeltas.get(month) ?? 0) + delta;
    if (next === 0) monthDeltas.delete(month);
    else monthDeltas.set(month, next);
  };
  const name = (entry: Entry, delta: number) => {
    for (const [id, spelling] of namesOf(entry)) addNameDelta(nameDeltas, id, spelling, delta);
  };
  for (const [before, after] of writes) {
    const old = live(before) ? new Set(entryTerms(before)) : new Set<string>();
    const now = live(after) ? new Set(entryTerms(after)) : new Set<string>();
    const sameTime = live(before) && live(after) && before.capturedAt === after.capturedAt;
    if (live(before)) {
      for (const term of old)
        if (!(sameTime && now.has(term))) change(term).remove.push(before.capturedAt);
      count(before.monthKey, -1);
      name(before, -1);
    }
    if (live(after)) {
      for (const term of now)
        if (!(sameTime && old.has(term))) change(term).add.push(after.capturedAt);
      count(after.monthKey, 1);
      name(after, 1);
    }
  }
  return { postings, monthDeltas, nameDeltas };
}

/** Adds `delta` to a spelling's change in `deltas`, leaving no zero change behind. */
export function addNameDelta(
  deltas: Map<string, Map<string, number>>,
  id: string,
  spelling: string,
  delta: number,
): void {
  const spellings = deltas.get(id) ?? new Map<string, number>();
  const next = (spellings.get(spelling) ?? 0) + delta;
  if (next === 0) spellings.delete(spelling);
  else spellings.set(spelling, next);
  if (spellings.size > 0) deltas.set(id, spellings);
  else deltas.delete(id);
}

/**
 * A posting's ascending times with `add` put in and one occurrence of each of
 * `remove` taken out, in one pass over the posting: a capture costs one copy,
 * and a batch (an import of 60,000 bookmarks under one host or month) the
 * same, not a copy per time.
 */
export function changeDocs(
  docs: ArrayLike<number>,
  add: readonly number[],
  remove: readonly number[],
): Float64Array {
  const removing = new Map<number, number>();
  for (const time of remove) removing.set(time, (removing.get(time) ?? 0) + 1);
  const adding = add.length > 1 ? [...add].sort((a, b) => a - b) : add;
  const out = new Float64Array(docs.length + adding.length);
  let size = 0;
  let next = 0;
  for (let i = 0; i < docs.length; i++) {
    const time = docs[i] as number;
    const pending = removing.get(time);
    if (pending) {
      removing.set(time, pending - 1);
      continue;
    }
    while (next < adding.length && (adding[next] as number) < time)
      out[size++] = adding[next++] as number;
    out[size++] = time;
  }
  while (next < adding.length) out[size++] = adding[next++] as number;
  return out.slice(0, size);
}
