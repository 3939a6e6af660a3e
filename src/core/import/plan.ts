/**
 * What an import of past posts will do, decided before anything is written
 * (README, "Import posts"): the months it fills and marks published, the
 * entries it adds, the stored ones it merges with (one entry per clean URL:
 * a link already here is completed, never duplicated), the tags new to the
 * library, the conflicts (a stored value kept over a different imported one)
 * and the lines left out. Pure: the writer applies the plan in one
 * transaction, planning again there from the same files and ids.
 */
import { emptyMonth } from '../month-record';
import { tagKey } from '../tags';
import type { Entry, EntryId, MonthKey, MonthRecord } from '../types';
import { mergeImported, pick, type Report } from './merge-entry';
import type { ImportIssue, ParsedEntry, ParsedPost } from './types';

export interface ImportConflict {
  file: string;
  line: number;
  /** The entry's URL, or the month's key. */
  subject: string;
  field:
    | 'title'
    | 'note'
    | 'category'
    | 'monthKey'
    | 'intro'
    | 'outro'
    | 'titleOverride'
    | 'publishDate'
    | 'sectionIntro';
  stored: string;
  imported: string;
}

export interface PlannedMonth {
  key: MonthKey;
  files: string[];
  entryCount: number;
  isNew: boolean;
}

export interface ImportPlan {
  /** The parsed files, and the ids given to new entries: the writer plans again from them. */
  posts: ParsedPost[];
  newIds: Record<string, EntryId>;
  months: PlannedMonth[];
  putEntries: Entry[];
  putMonths: MonthRecord[];
  newEntries: number;
  mergedEntries: number;
  unchangedEntries: number;
  newTags: string[];
  conflicts: ImportConflict[];
  refused: ImportIssue[];
}

export interface Existing {
  entries: readonly Entry[];
  months: readonly MonthRecord[];
}

export interface PlanOptions {
  now: number;
  /** A new entry's id (`crypto.randomUUID`), asked once per new URL. */
  newId: () => EntryId;
  /** Ids already given (a plan's `newIds`), so that planning again gives the same records. */
  newIds?: Record<string, EntryId>;
}

/** Noon UTC on the 1st is in that month in every time zone; minutes keep the print order. */
function captureTime(key: MonthKey, index: number): number {
  const [year, month] = key.split('-').map(Number) as [number, number];
  return Date.UTC(year, month - 1, 1, 12) + index * 60_000;
}

export function planImport(
  posts: readonly ParsedPost[],
  existing: Existing,
  options: PlanOptions,
): ImportPlan {
  const byUrl = new Map(existing.entries.map((entry) => [entry.url, entry]));
  const storedMonths = new Map(existing.months.map((month) => [month.id, month]));
  const knownTags = new Set(
    existing.entries.filter((e) => e.deletedAt === null).flatMap((e) => e.tags.map(tagKey)),
  );
  const newIds: Record<string, EntryId> = { ...options.newIds };
  const touched = new Map<EntryId, Entry>();
  const monthsOut = new Map<MonthKey, MonthRecord>();
  const planned = new Map<MonthKey, PlannedMonth>();
  const conflicts: ImportConflict[] = [];
  const counts = {
    created: new Set<EntryId>(),
    merged: new Set<EntryId>(),
    unchanged: new Set<EntryId>(),
  };
  const newTags: string[] = [];

  for (const post of posts) {
    const ids: EntryId[] = [];
    post.entries.forEach((parsed, index) => {
      const current = touched.get(byUrl.get(parsed.url)?.id ?? '') ?? byUrl.get(parsed.url);
      const conflict = (field: ImportConflict['field'], stored: string, imported: string) =>
        conflicts.push({
          file: post.file,
          line: parsed.line,
          subject: parsed.url,
          field,
          stored,
          imported,
        });
      const id = current?.id ?? newIds[parsed.url] ?? options.newId();
      if (current === undefined) newIds[parsed.url] = id;
      const next =
        current && current.deletedAt === null
          ? mergeImported(current, { ...parsed, monthKey: post.monthKey }, conflict)
          : fresh(parsed, post.monthKey, index, id);
      if (current === undefined || current.deletedAt !== null) counts.created.add(next.id);
      else if (next !== current) counts.merged.add(next.id);
      else counts.unchanged.add(next.id);
      if (next !== current) touched.set(next.id, { ...next, updatedAt: options.now });
      byUrl.set(parsed.url, touched.get(next.id) ?? next);
      ids.push(next.id);
      for (const tag of parsed.tags) {
        if (knownTags.has(tagKey(tag))) continue;
        knownTags.add(tagKey(tag));
        newTags.push(tag);
      }
    });
    const base = monthsOut.get(post.monthKey) ?? storedMonths.get(post.monthKey);
    monthsOut.set(post.monthKey, mergeMonth(base, post, ids, options.now, conflicts));
    const summary = planned.get(post.monthKey) ?? {
      key: post.monthKey,
      files: [],
      entryCount: 0,
      isNew: base === undefined || base.deletedAt !== null,
    };
    planned.set(post.monthKey, {
      ...summary,
      files: [...summary.files, post.file],
      entryCount: summary.entryCount + ids.length,
    });
  }
  for (const id of counts.created) counts.merged.delete(id);
  return {
    posts: [...posts],
    newIds,
    months: [...planned.values()].sort((a, b) => a.key.localeCompare(b.key)),
    putEntries: [...touched.values()],
    putMonths: [...monthsOut.values()],
    newEntries: counts.created.size,
    mergedEntries: counts.merged.size,
    unchangedEntries: [...counts.unchanged].filter((id) => !touched.has(id)).length,
    newTags,
    conflicts,
    refused: posts.flatMap((post) => post.refused),
  };
}

function fresh(parsed: ParsedEntry, monthKey: MonthKey, index: number, id: EntryId): Entry {
  const capturedAt = captureTime(monthKey, index);
  return {
    id,
    url: parsed.url,
    title: parsed.title,
    note: parsed.note,
    tags: parsed.tags,
    category: parsed.category,
    monthKey,
    capturedAt,
    updatedAt: capturedAt,
    deletedAt: null,
    position: parsed.position,
    meta: {},
  };
}

function mergeMonth(
  base: MonthRecord | undefined,
  post: ParsedPost,
  ids: EntryId[],
  now: number,
  conflicts: ImportConflict[],
): MonthRecord {
  const stored = base && base.deletedAt === null ? base : emptyMonth(post.monthKey);
  const report: Report<ImportConflict['field']> = (field, s, imported) =>
    conflicts.push({
      file: post.file,
      line: 1,
      subject: post.monthKey,
      field,
      stored: s,
      imported,
    });
  const text = post.month;
  const sectionIntros = { ...stored.sectionIntros };
  for (const [name, intro] of Object.entries(text.sectionIntros)) {
    sectionIntros[name] = pick('sectionIntro', sectionIntros[name] ?? '', intro, report);
  }
  return {
    ...stored,
    intro: pick('intro', stored.intro, text.intro, report),
    outro: pick('outro', stored.outro, text.outro, report),
    titleOverride: pick('titleOverride', stored.titleOverride, text.titleOverride, report),
    publishDate:
      pick('publishDate', stored.publishDate ?? '', text.publishDate ?? '', report) || null,
    sectionIntros,
    sectionOrder: stored.sectionOrder.length > 0 ? stored.sectionOrder : text.sectionOrder,
    publishedAt: stored.publishedAt ?? now,
    publishedEntryIds: [...new Set([...stored.publishedEntryIds, ...ids])],
    updatedAt: now,
    deletedAt: null,
  };
}
