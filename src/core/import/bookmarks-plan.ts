/**
 * What an import of bookmarks will do, decided before anything is written
 * (README, "Import bookmarks"): the entries it adds and in which months, the
 * stored ones it completes (one entry per clean URL: `mergeImported`, the
 * rule of past posts too: what is stored is kept, empty fields are filled,
 * tags are the union), the duplicates within the files, the tags and
 * categories new to the library, and every bookmark left out or changed,
 * with where. Pure: the writer plans again from the same records and ids.
 */
import { fold } from '../fold';
import { tagKey } from '../tags';
import type { Entry, EntryId, MonthKey } from '../types';
import { mapBookmark } from './bookmarks-map';
import type { BookmarkFile, BookmarkIssue } from './bookmarks-types';
import { mergeImported } from './merge-entry';

export interface BookmarkPlan {
  /** The files read, and the ids given to new entries: the writer plans again from them. */
  files: BookmarkFile[];
  newIds: Record<string, EntryId>;
  timeZone: string;
  /** Bookmarks read with an http(s) address. */
  bookmarks: number;
  /** The months the new entries go to, in order, with how many each. */
  months: { key: MonthKey; entryCount: number }[];
  putEntries: Entry[];
  newEntries: number;
  mergedEntries: number;
  unchangedEntries: number;
  /** Bookmarks whose clean URL came earlier in these files: merged into that one. */
  duplicates: number;
  newTags: string[];
  newCategories: string[];
  issues: BookmarkIssue[];
}

export interface BookmarkPlanOptions {
  now: number;
  timeZone: string;
  /** A new entry's id (`crypto.randomUUID`), asked once per new URL. */
  newId: () => EntryId;
  /** Ids already given (a plan's `newIds`), so that planning again gives the same records. */
  newIds?: Record<string, EntryId>;
}

export function planBookmarks(
  files: readonly BookmarkFile[],
  stored: readonly Entry[],
  options: BookmarkPlanOptions,
): BookmarkPlan {
  const { now } = options;
  // The runtime's own zone, named once: `monthOf` keeps one formatter per named zone.
  const timeZone = options.timeZone || new Intl.DateTimeFormat().resolvedOptions().timeZone;
  const byUrl = new Map(stored.map((entry) => [entry.url, entry]));
  const live = stored.filter((entry) => entry.deletedAt === null);
  const knownTags = new Set(live.flatMap((entry) => entry.tags.map(tagKey)));
  const knownCategories = new Set(live.map((entry) => fold(entry.category)));
  const newIds: Record<string, EntryId> = { ...options.newIds };
  const touched = new Map<EntryId, Entry>();
  const created = new Set<EntryId>();
  const merged = new Set<EntryId>();
  const unchanged = new Set<EntryId>();
  const seen = new Set<string>();
  const months = new Map<MonthKey, number>();
  const plan = {
    newTags: [] as string[],
    newCategories: [] as string[],
    bookmarks: 0,
    duplicates: 0,
  };
  const issues: BookmarkIssue[] = [];

  for (const file of files) {
    issues.push(...file.issues);
    if (file.records.length === 0 && file.issues.length === 0) {
      issues.push({ file: file.file, place: 'file', at: 0, problem: 'no-bookmarks', detail: '' });
    }
    for (const record of file.records) {
      const where = { file: file.file, place: file.place, at: record.at };
      const mapped = mapBookmark(record, now, timeZone);
      if (!mapped.ok) {
        issues.push({ ...where, problem: mapped.problem, detail: mapped.detail });
        continue;
      }
      const { entry } = mapped;
      if (mapped.dateProblem) {
        issues.push({ ...where, problem: mapped.dateProblem, detail: record.added.slice(0, 40) });
      }
      plan.bookmarks += 1;
      if (seen.has(entry.url)) plan.duplicates += 1;
      seen.add(entry.url);
      const before = byUrl.get(entry.url);
      const current = (before && touched.get(before.id)) ?? before;
      let next: Entry;
      if (current === undefined || current.deletedAt !== null) {
        const id = current?.id ?? newIds[entry.url] ?? options.newId();
        newIds[entry.url] = id;
        next = { ...entry, id, updatedAt: now, deletedAt: null, meta: {} };
        created.add(id);
        months.set(entry.monthKey, (months.get(entry.monthKey) ?? 0) + 1);
      } else {
        next = mergeImported(current, entry, () => {});
        if (next !== current && !created.has(next.id)) merged.add(next.id);
        else if (!created.has(next.id)) unchanged.add(next.id);
      }
      if (next !== current) touched.set(next.id, { ...next, updatedAt: now });
      byUrl.set(entry.url, touched.get(next.id) ?? next);
      for (const tag of entry.tags) {
        if (knownTags.has(tagKey(tag))) continue;
        knownTags.add(tagKey(tag));
        plan.newTags.push(tag);
      }
      if (entry.category !== '' && !knownCategories.has(fold(entry.category))) {
        knownCategories.add(fold(entry.category));
        plan.newCategories.push(entry.category);
      }
    }
  }
  for (const id of merged) unchanged.delete(id);
  return {
    ...plan,
    files: [...files],
    newIds,
    timeZone,
    months: [...months]
      .map(([key, entryCount]) => ({ key, entryCount }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    putEntries: [...touched.values()],
    newEntries: created.size,
    mergedEntries: merged.size,
    unchangedEntries: unchanged.size,
    issues,
  };
}
