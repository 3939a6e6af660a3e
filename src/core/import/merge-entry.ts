/**
 * One rule for a link that an import brings and the library already holds
 * (past posts and bookmarks alike): one entry per clean URL, never two. What
 * is stored is kept; a stored field that is empty takes the imported value;
 * a different imported value is reported, not written; tags are the union
 * (stored ones first, compared as `tagKey` does).
 */
import { tagKey } from '../tags';
import type { Entry, MonthKey } from '../types';

/** What an import says of one link, in the entry's own terms. */
export interface ImportedFields {
  title: string;
  note: string;
  category: string;
  monthKey: MonthKey;
  tags: readonly string[];
  position?: number;
}

export type MergeField = 'title' | 'note' | 'category' | 'monthKey';

export type Report<F> = (field: F, stored: string, imported: string) => void;

/** Empty stored fields take the imported value; a different one is kept and reported. */
export function pick<F>(field: F, stored: string, imported: string, report: Report<F>): string {
  if (stored === '' || stored === imported) return imported === '' ? stored : imported;
  if (imported !== '') report(field, stored, imported);
  return stored;
}

/** `stored` completed by `imported`; `stored` itself when nothing changes, so callers can tell. */
export function mergeImported(
  stored: Entry,
  imported: ImportedFields,
  report: Report<MergeField>,
): Entry {
  const tags = [...stored.tags];
  for (const tag of imported.tags) {
    if (!tags.some((t) => tagKey(t) === tagKey(tag))) tags.push(tag);
  }
  const merged: Entry = {
    ...stored,
    title: pick('title', stored.title, imported.title, report),
    note: pick('note', stored.note, imported.note, report),
    category: pick('category', stored.category, imported.category, report),
    monthKey: pick('monthKey', stored.monthKey, imported.monthKey, report),
    tags,
  };
  const position = stored.position ?? imported.position;
  if (position !== undefined) merged.position = position;
  const same =
    (['title', 'note', 'category', 'monthKey', 'position'] as const).every(
      (k) => merged[k] === stored[k],
    ) && tags.length === stored.tags.length;
  return same ? stored : merged;
}
