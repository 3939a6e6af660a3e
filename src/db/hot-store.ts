import type { Entry, EntryId, MonthKey } from '../core/types';
import type { EntryInput, SaveResult } from './entry-rules';
import type { Draft } from './schema';

/**
 * What the popup and the worker read and keep: a handful of lookups, the
 * drafts, and the badge's count. The idb door (idb/door.ts) serves them on
 * the hot path; the Dexie door (dexie-hot-store.ts) serves the same in tests
 * and wherever Dexie is already loaded.
 */
export interface HotStore {
  /** A live entry by id. */
  getEntry(id: EntryId): Promise<Entry | undefined>;
  /** The live entry with this clean URL. */
  findEntryByUrl(url: string): Promise<Entry | undefined>;
  /** Live entries of a month, for the badge. */
  countMonth(monthKey: MonthKey): Promise<number>;
  /** The latest live captures, newest first: the source of suggestions. */
  recentEntries(limit?: number): Promise<Entry[]>;
  /** Months marked as published. */
  publishedMonths(): Promise<Set<MonthKey>>;
  loadDraft(url: string): Promise<Draft | undefined>;
  /** Best effort: a draft that cannot be written must not break typing. */
  saveDraft(draft: Draft): Promise<void>;
  clearDraft(url: string): Promise<void>;
  purgeOldDrafts(now: number): Promise<void>;
}

/** The raw writes of entries, one transaction each. Only a writer calls them. */
export interface EntryWrites {
  saveEntry(input: EntryInput, now: number): Promise<SaveResult>;
  updateEntry(id: EntryId, edit: Partial<EntryInput>, now: number, base?: Entry): Promise<Entry>;
  setDeletedAt(id: EntryId, deletedAt: number | null, now: number): Promise<void>;
  /** Removes tombstones older than the TTL; returns how many. */
  purgeTombstones(now: number): Promise<number>;
}

/** How many recent captures tag and category suggestions learn from. */
export const SUGGESTION_WINDOW = 1000;

/** Drafts older than this are dropped: the page has long been forgotten. */
export const DRAFT_TTL_MS = 30 * 24 * 60 * 60 * 1000;
