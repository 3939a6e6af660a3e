/**
 * The order of a post (docs/post-format.md, rules 2 and 3): which section comes first,
 * and which entry comes first within a section.
 */
import type { Entry } from '../types';

/**
 * Section names in print order: the author's pinned order first (pinned
 * names with no entries this month are skipped), then the others by
 * `compare`, then the fallback section last, unless the author pinned it
 * somewhere else. `present` holds only sections with entries, so an empty
 * section is never printed.
 */
export function orderSections(
  present: ReadonlySet<string>,
  pinned: readonly string[],
  fallback: string,
  compare: (a: string, b: string) => number,
): string[] {
  const pinnedPresent = [...new Set(pinned.map((name) => name.trim()))].filter((name) =>
    present.has(name),
  );
  const isPinned = new Set(pinnedPresent);
  const rest = [...present]
    .filter((name) => !isPinned.has(name) && name !== fallback)
    .sort(compare);
  const last = present.has(fallback) && !isPinned.has(fallback) ? [fallback] : [];
  return [...pinnedPresent, ...rest, ...last];
}

/** A manual position, when the author set a usable one. */
function positionOf(entry: Pick<Entry, 'position'>): number | null {
  return typeof entry.position === 'number' && Number.isFinite(entry.position)
    ? entry.position
    : null;
}

/**
 * Entries within a section: those the author placed, by position; then the
 * others in capture order, oldest first, so that an entry captured after a
 * reordering lands at the end. Ties keep the input order (a stable sort).
 */
export function compareEntries(
  a: Pick<Entry, 'position' | 'capturedAt'>,
  b: Pick<Entry, 'position' | 'capturedAt'>,
): number {
  const pa = positionOf(a);
  const pb = positionOf(b);
  if (pa !== null && pb !== null) return pa - pb || timeOf(a) - timeOf(b);
  if (pa !== null) return -1;
  if (pb !== null) return 1;
  return timeOf(a) - timeOf(b);
}

/** A broken capture time sorts first rather than making the comparison inconsistent. */
function timeOf(entry: Pick<Entry, 'capturedAt'>): number {
  return Number.isFinite(entry.capturedAt) ? entry.capturedAt : 0;
}
