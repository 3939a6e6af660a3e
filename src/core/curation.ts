/**
 * Curating the archive in bulk: one edit applied to many entries, and a tag
 * or a category renamed (or merged into another) across the whole library.
 * Pure rules: the store runs them inside one transaction (db/writes/curation.ts).
 */

import { alphabetical } from './alphabetical';
import { categoryCounts } from './suggest';
import { addTag, normalizeTag, removeTag, tagKey } from './tags';
import type { Entry, MonthKey, MonthRecord } from './types';

/** What the library's bulk bar does to the selected entries. */
export type BulkEdit =
  | { kind: 'set-category'; category: string }
  | { kind: 'add-tag'; tag: string }
  | { kind: 'remove-tag'; tag: string }
  | { kind: 'move-to-month'; monthKey: MonthKey }
  | { kind: 'delete' }
  /** Undoes a bulk delete: the same entries come back. */
  | { kind: 'restore' };

/** Without its manual position: it joins another section or month in capture order. */
function unpinned(entry: Entry): Entry {
  const { position: _position, ...rest } = entry;
  return rest;
}

/**
 * The entry after `edit`, stamped `now`, or null when the edit changes
 * nothing (it is then not written, and keeps its `updatedAt`). Only live
 * entries are edited, and only tombstones restored.
 */
export function applyBulkEdit(entry: Entry, edit: BulkEdit, now: number): Entry | null {
  if (edit.kind === 'restore') {
    return entry.deletedAt === null ? null : { ...entry, deletedAt: null, updatedAt: now };
  }
  if (entry.deletedAt !== null) return null;
  switch (edit.kind) {
    case 'delete':
      return { ...entry, deletedAt: now, updatedAt: now };
    case 'set-category': {
      const category = edit.category.trim();
      if (category === entry.category) return null;
      return { ...unpinned(entry), category, updatedAt: now };
    }
    case 'add-tag': {
      const tags = addTag(entry.tags, edit.tag);
      return tags === entry.tags ? null : { ...entry, tags, updatedAt: now };
    }
    case 'remove-tag': {
      const tags = removeTag(entry.tags, edit.tag);
      return tags === entry.tags ? null : { ...entry, tags, updatedAt: now };
    }
    case 'move-to-month':
      if (edit.monthKey === entry.monthKey) return null;
      return { ...unpinned(entry), monthKey: edit.monthKey, updatedAt: now };
  }
}

/** A tag or a category with the number of live entries that carry it. */
export interface NameCount {
  name: string;
  count: number;
}

/** The categories of live entries with their counts, in alphabetical order. */
export function countCategories(
  entries: ReadonlyArray<Pick<Entry, 'category' | 'deletedAt'>>,
): NameCount[] {
  return [...categoryCounts(entries)]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => alphabetical(a.name, b.name));
}

/** The entry with tag `from` renamed `to` (a merge when it already has `to`), or null. */
export function renameTagOf(entry: Entry, from: string, to: string, now: number): Entry | null {
  const fromKey = tagKey(normalizeTag(from));
  const target = normalizeTag(to);
  if (entry.deletedAt !== null || !entry.tags.some((t) => tagKey(t) === fromKey)) return null;
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const tag of entry.tags) {
    const next = tagKey(tag) === fromKey ? target : tag;
    const key = tagKey(next);
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(next);
  }
  if (tags.length === entry.tags.length && tags.every((t, i) => t === entry.tags[i])) return null;
  return { ...entry, tags, updatedAt: now };
}

/** The entry moved from category `from` to `to`, or null when it is not in `from`. */
export function renameCategoryOf(
  entry: Entry,
  from: string,
  to: string,
  now: number,
): Entry | null {
  if (entry.deletedAt !== null || entry.category.trim() !== from.trim()) return null;
  const category = to.trim();
  return category === entry.category ? null : { ...entry, category, updatedAt: now };
}

/**
 * A month's text after its section `from` became `to`: the section's intro
 * follows (joined to the intro `to` already had), and so does its place in a
 * pinned order. Null when the month does not name `from`.
 */
export function renameSectionOf(
  month: MonthRecord,
  from: string,
  to: string,
  now: number,
): MonthRecord | null {
  const hasIntro = Object.hasOwn(month.sectionIntros, from);
  const inOrder = month.sectionOrder.includes(from);
  if ((!hasIntro && !inOrder) || from === to) return null;
  const sectionIntros = { ...month.sectionIntros };
  if (hasIntro) {
    const moved = sectionIntros[from] ?? '';
    delete sectionIntros[from];
    const kept = sectionIntros[to] ?? '';
    sectionIntros[to] = kept && moved ? `${kept}\n\n${moved}` : kept || moved;
  }
  const sectionOrder = [...new Set(month.sectionOrder.map((name) => (name === from ? to : name)))];
  return { ...month, sectionIntros, sectionOrder, updatedAt: now };
}

/** Why a new name is refused, or null when it can be used. */
export type RenameProblem = 'empty' | 'same';

/** Checks a new tag name against the old one. */
export function tagRenameProblem(from: string, to: string): RenameProblem | null {
  const target = normalizeTag(to);
  if (target === '') return 'empty';
  return target === normalizeTag(from) ? 'same' : null;
}

/** Checks a new category name against the old one. */
export function categoryRenameProblem(from: string, to: string): RenameProblem | null {
  const target = to.trim();
  if (target === '') return 'empty';
  return target === from.trim() ? 'same' : null;
}

/** The existing tag that renaming `from` to `to` would merge into, if any (not a respelling). */
export function tagMergeTarget(
  from: string,
  to: string,
  existing: readonly string[],
): string | null {
  const fromKey = tagKey(normalizeTag(from));
  const toKey = tagKey(normalizeTag(to));
  if (toKey === fromKey) return null;
  return existing.find((tag) => tagKey(tag) === toKey) ?? null;
}

/** The existing category that renaming `from` to `to` would merge into, if any. */
export function categoryMergeTarget(
  from: string,
  to: string,
  existing: readonly string[],
): string | null {
  const target = to.trim();
  if (target === from.trim()) return null;
  return existing.find((name) => name === target) ?? null;
}
