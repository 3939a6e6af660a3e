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
import type { Entry, MonthKey } from './types';

/** Longer words are cut: a term is a key of an index, not a paragraph. */
export const MAX_TERM_LENGTH = 32;

export const TAG_MARK = '#';
export const CATEGORY_MARK = '@';
export const MONTH_MARK = '~';

/** The folded words of a text, in order, each of two characters or more. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const word of fold(text).split(/[^\p{L}\p{N}]+/u)) {
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
  const terms = new Set<string>();
  for (const text of searchedTexts(entry)) for (const word of wordsOf(text)) terms.add(word);
  for (const tag of entry.tags) terms.add(tagTerm(tag));
  if (entry.category !== '') terms.add(categoryTerm(entry.category));
  terms.add(monthTerm(entry.monthKey));
  return [...terms];
}

/** What the index store holds of a live entry. */
export interface TermsRow {
  /** Sorts as the capture time, then the id: the newest first is a reverse walk. */
  key: string;
  id: string;
  terms: string[];
}

/** The index row's key: the capture time (15 digits), then the id. */
export function termsKey(entry: Pick<Entry, 'capturedAt' | 'id'>): string {
  return `${String(Math.max(0, Math.floor(entry.capturedAt))).padStart(15, '0')} ${entry.id}`;
}

export const idOfTermsKey = (key: string): string => key.slice(16);

/** A month's count of live entries, kept with every write. */
export interface MonthSummary {
  id: MonthKey;
  count: number;
}

/** What a batch of entry writes does to the index and the month counts. */
export interface IndexChanges {
  deleteKeys: string[];
  putRows: TermsRow[];
  /** Month key → change in its count of live entries (zero changes left out). */
  monthDeltas: Map<MonthKey, number>;
}

const live = (entry: Entry | undefined): entry is Entry => !!entry && entry.deletedAt === null;

/**
 * The index's changes for entry writes, each given as the entry before and
 * after it (undefined: absent). Only live entries are indexed and counted.
 */
export function indexChanges(
  writes: Iterable<readonly [Entry | undefined, Entry | undefined]>,
): IndexChanges {
  const deleteKeys: string[] = [];
  const putRows: TermsRow[] = [];
  const monthDeltas = new Map<MonthKey, number>();
  const add = (month: MonthKey, delta: number) => {
    const next = (monthDeltas.get(month) ?? 0) + delta;
    if (next === 0) monthDeltas.delete(month);
    else monthDeltas.set(month, next);
  };
  for (const [before, after] of writes) {
    const afterKey = live(after) ? termsKey(after) : undefined;
    if (live(before)) {
      const beforeKey = termsKey(before);
      if (beforeKey !== afterKey) deleteKeys.push(beforeKey);
      add(before.monthKey, -1);
    }
    if (live(after) && afterKey) {
      putRows.push({ key: afterKey, id: after.id, terms: entryTerms(after) });
      add(after.monthKey, 1);
    }
  }
  return { deleteKeys, putRows, monthDeltas };
}
