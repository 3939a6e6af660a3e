/** What changed in a post since it was last published: entries and lines. */
import type { EntryId } from '../types';

export interface PostChanges {
  /** Entries in this post that the last published one did not have. */
  entriesAdded: number;
  /** Entries of the last published post that this one no longer has. */
  entriesRemoved: number;
  /** Lines of this post that the last one did not have, and the reverse. */
  linesAdded: number;
  linesRemoved: number;
}

export function postChanges(
  previous: { text: string; entryIds: readonly EntryId[] },
  next: { text: string; entryIds: readonly EntryId[] },
): PostChanges {
  const before = new Set(previous.entryIds);
  const after = new Set(next.entryIds);
  return {
    entriesAdded: [...after].filter((id) => !before.has(id)).length,
    entriesRemoved: [...before].filter((id) => !after.has(id)).length,
    linesAdded: countMissing(next.text, previous.text),
    linesRemoved: countMissing(previous.text, next.text),
  };
}

/** Lines of `text` (counted with repeats) that `other` does not hold as many times. */
function countMissing(text: string, other: string): number {
  const available = new Map<string, number>();
  for (const line of other.split('\n')) available.set(line, (available.get(line) ?? 0) + 1);
  let missing = 0;
  for (const line of text.split('\n')) {
    const left = available.get(line) ?? 0;
    if (left > 0) available.set(line, left - 1);
    else missing += 1;
  }
  return missing;
}
