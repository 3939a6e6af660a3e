/**
 * One bookmark, as the library will hold it (README, "Import bookmarks"):
 * the clean URL (the capture's cleaner), the title on one line (the URL's
 * host and path when it has none), the innermost folder that is not one of
 * the browser's own as the category, the tags as the tag input normalises
 * them, the description as a note of plain text, and the date it was added
 * (epoch seconds) as the capture time, in the author's month.
 */
import { fold } from '../fold';
import { monthOf } from '../month';
import { isolateBidi } from '../post/bidi';
import { escapeMarkdownBlockLine } from '../post/escape';
import { addTag } from '../tags';
import { fallbackTitle, normalizeText, normalizeTitle, truncate } from '../title';
import type { MonthKey } from '../types';
import { cleanUrl } from '../url';
import type { BookmarkProblem, BookmarkRecord } from './bookmarks-types';

/** As long as a quoted page selection may be: a description is not an article. */
const MAX_DESCRIPTION_LENGTH = 100_000;

/** Longer than any section name a post should print. */
const MAX_CATEGORY_LENGTH = 100;

/**
 * The browsers' own top folders, in English and French: where a bookmark
 * sits, not what it is about. Exporters also mark some with an attribute
 * (`PERSONAL_TOOLBAR_FOLDER`, `UNFILED_BOOKMARKS_FOLDER`). Only a leading
 * run of them is dropped: a folder of the author's named "Toolbar" deeper
 * down is a category.
 */
const BROWSER_ROOTS = new Set(
  [
    'Bookmarks bar',
    'Bookmarks toolbar',
    'Bookmarks menu',
    'Other bookmarks',
    'Mobile bookmarks',
    'Toolbar',
    'Menu',
    'Unfiled bookmarks',
    'Favorites bar',
    'Barre de favoris',
    'Barre personnelle',
    'Autres favoris',
    'Favoris sur mobile',
    'Menu des marque-pages',
    'Barre des marque-pages',
    'Autres marque-pages',
    'Marque-pages mobiles',
    'Marque-pages non classés',
  ].map(fold),
);

export interface MappedBookmark {
  url: string;
  title: string;
  note: string;
  tags: string[];
  category: string;
  capturedAt: number;
  monthKey: MonthKey;
}

export type MapResult =
  | { ok: true; entry: MappedBookmark; dateProblem: 'bad-date' | 'no-date' | null }
  | { ok: false; problem: BookmarkProblem; detail: string };

/** The innermost folder after the browser's own leading ones; `''` when none is left. */
export function categoryOf(folders: BookmarkRecord['folders']): string {
  let first = 0;
  while (
    first < folders.length &&
    (folders[first]?.browserRoot || BROWSER_ROOTS.has(fold(folders[first]?.name ?? '')))
  ) {
    first += 1;
  }
  const inner = folders.slice(first).at(-1);
  return inner ? normalizeText(inner.name, MAX_CATEGORY_LENGTH) : '';
}

/**
 * Epoch milliseconds of `ADD_DATE`/`time_added`: seconds as the format says;
 * a value too large for seconds is read as milliseconds, then microseconds
 * (some tools write those). Null when absent, zero, not digits, or later
 * than `now` plus a day.
 */
export function addedAt(raw: string, now: number): number | null {
  if (!/^\d{1,17}$/.test(raw)) return null;
  const n = Number(raw);
  const ms = n < 1e11 ? n * 1000 : n < 1e14 ? n : Math.floor(n / 1000);
  return ms > 0 && ms <= now + 86_400_000 ? ms : null;
}

/**
 * A description (plain text) as a note that the post prints as the same
 * words: each line escaped as a quoted selection is (no markup, link, HTML
 * or site-generator code), blank line runs kept as one paragraph break.
 */
export function plainTextNote(text: string): string {
  const paragraphs = text
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .join('\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
  return paragraphs
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => isolateBidi(escapeMarkdownBlockLine(line)))
        .join('\n'),
    )
    .join('\n\n');
}

export function mapBookmark(record: BookmarkRecord, now: number, timeZone: string): MapResult {
  const clean = cleanUrl(record.href);
  if (!clean.ok) {
    if (clean.reason === 'unsupported-scheme') {
      return { ok: false, problem: 'unsupported-scheme', detail: clean.scheme };
    }
    const problem =
      clean.reason === 'empty' ? 'no-url' : clean.reason === 'invalid' ? 'invalid-url' : 'too-long';
    return { ok: false, problem, detail: record.href.slice(0, 200) };
  }
  const added = addedAt(record.added, now);
  const capturedAt = added ?? now;
  const title = normalizeTitle(record.title);
  return {
    ok: true,
    entry: {
      url: clean.url,
      title: title === '' ? fallbackTitle(clean.url) : title,
      note: plainTextNote(truncate(record.description, MAX_DESCRIPTION_LENGTH)),
      tags: record.tags.reduce(addTag, [] as string[]),
      category: categoryOf(record.folders),
      capturedAt,
      monthKey: monthOf(capturedAt, timeZone),
    },
    dateProblem: added !== null ? null : record.added === '' ? 'no-date' : 'bad-date',
  };
}
