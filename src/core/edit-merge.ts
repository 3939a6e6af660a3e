/**
 * Two editors of one entry (the popup, the editor window a context menu
 * opened, another window, later a synced device) must never overwrite each
 * other silently. When an edit is saved over a stored entry that changed
 * since the editor opened it, the three versions are merged field by field:
 * a field only one side changed takes that side; a note that the other side
 * only appended to (a quote added by the context menu) keeps both; two
 * different changes of one field are a conflict, for the author to settle.
 */
import type { CaptureValues } from './capture-values';
import { appendToNote } from './note';

export type EditField = keyof CaptureValues;

export interface EditMerge {
  /** Every field merged; a conflicting field holds the editor's value. */
  merged: CaptureValues;
  /** Fields both sides changed differently, in form order. */
  conflicts: EditField[];
}

const SCALARS = ['title', 'url', 'category', 'monthKey'] as const;

export function mergeEdit(
  base: CaptureValues,
  mine: CaptureValues,
  theirs: CaptureValues,
): EditMerge {
  const conflicts: EditField[] = [];
  const merged: CaptureValues = { ...mine };
  for (const field of SCALARS) {
    const value = mergeScalar(base[field], mine[field], theirs[field]);
    if (value === null) conflicts.push(field);
    else merged[field] = value;
  }
  const note = mergeNote(base.note, mine.note, theirs.note);
  if (note === null) conflicts.push('note');
  else merged.note = note;
  merged.tags = mergeTags(base.tags, mine.tags, theirs.tags);
  const order: EditField[] = ['title', 'url', 'note', 'tags', 'category', 'monthKey'];
  return { merged, conflicts: order.filter((field) => conflicts.includes(field)) };
}

/** The changed side's value, or null when both changed it differently. */
function mergeScalar(base: string, mine: string, theirs: string): string | null {
  if (mine === theirs || theirs === base) return mine;
  if (mine === base) return theirs;
  return null;
}

/**
 * As a scalar, and one more case: text one side only appended to the base
 * (quotes the context menu adds) is appended to the other side's note.
 */
function mergeNote(base: string, mine: string, theirs: string): string | null {
  const scalar = mergeScalar(base, mine, theirs);
  if (scalar !== null) return scalar;
  const theirAddition = addedAfter(base, theirs);
  if (theirAddition !== null) return appendToNote(mine, theirAddition);
  const myAddition = addedAfter(base, mine);
  if (myAddition !== null) return appendToNote(theirs, myAddition);
  return null;
}

/** What `text` adds after `base`, when it only adds; null when it changed `base`. */
function addedAfter(base: string, text: string): string | null {
  const start = base.trimEnd();
  return text.startsWith(start) ? text.slice(start.length) : null;
}

/** Tags added by either side are kept, tags removed by either side go; mine first. */
function mergeTags(base: string[], mine: string[], theirs: string[]): string[] {
  const removed = new Set([
    ...base.filter((tag) => !mine.includes(tag)),
    ...base.filter((tag) => !theirs.includes(tag)),
  ]);
  return [...new Set([...mine, ...theirs])].filter((tag) => !removed.has(tag));
}
