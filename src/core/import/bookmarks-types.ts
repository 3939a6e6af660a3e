/**
 * Bookmarks brought into the library (README, "Import bookmarks"): what a
 * browser's bookmarks file (Netscape bookmark HTML, also written by Raindrop,
 * Pinboard and linkding) or a Pocket CSV export holds, once read into plain
 * records, and what was left out of it, with where.
 */

/** Where a problem is: a line of an HTML file, a record (data row, from 1) of a CSV file, or the whole file. */
export type BookmarkPlace = 'line' | 'record' | 'file';

/** Why a file, or one of its bookmarks, was refused or changed. The UI words each one. */
export type BookmarkProblem =
  /** Nothing in the file, or only whitespace. */
  | 'empty-file'
  /** Neither a Netscape bookmark file nor a CSV. */
  | 'unknown-format'
  /** A bookmark file or a Pocket CSV without a single bookmark. */
  | 'no-bookmarks'
  /** A CSV whose header is not Pocket's; `detail` is the expected header. */
  | 'bad-header'
  /** A CSV record that does not parse (unclosed quote, wrong number of fields). */
  | 'bad-record'
  /** A bookmark without an address. */
  | 'no-url'
  /** `javascript:`, `data:`, `file:`, `place:`...: only http(s) links are imported. */
  | 'unsupported-scheme'
  /** An address that does not parse. */
  | 'invalid-url'
  /** An address longer than Veille keeps. */
  | 'too-long'
  /** A date that is not epoch seconds (or is in the future): kept, dated at import time. */
  | 'bad-date'
  /** No date at all: kept, dated at import time. */
  | 'no-date';

export interface BookmarkIssue {
  file: string;
  place: BookmarkPlace;
  /** The line (1-based), the record number (1-based, header not counted), or 0 for the file. */
  at: number;
  problem: BookmarkProblem;
  /** What the message quotes: the scheme, the URL, the date, the expected header. */
  detail: string;
}

/** One bookmark as the file says it, before any rule of Veille's is applied. */
export interface BookmarkRecord {
  /** The line of its `<A>` (HTML) or its record number (CSV). */
  at: number;
  /** The address as written. */
  href: string;
  /** The link's text: page text. */
  title: string;
  /** Tags as listed (`TAGS="a,b"`, Pocket's `a|b`), not yet normalised. */
  tags: string[];
  /** Folders from the outermost to the innermost; `browserRoot` for the browser's own top folders. */
  folders: { name: string; browserRoot: boolean }[];
  /** `ADD_DATE` / `time_added` as written (epoch seconds), `''` when absent. */
  added: string;
  /** `<DD>` description as plain text, `''` when absent. */
  description: string;
}

export interface BookmarkFile {
  file: string;
  /** How its problems are placed: HTML by line, CSV by record. */
  place: 'line' | 'record';
  records: BookmarkRecord[];
  /** Problems found while reading (a record that does not parse, a refused file). */
  issues: BookmarkIssue[];
}
