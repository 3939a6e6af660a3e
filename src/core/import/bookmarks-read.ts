/**
 * Which kind of bookmarks file a text is, and the reading of Pocket's CSV.
 * The HTML walk needs a DOM and lives in the options page
 * (`src/options/import-bookmarks-html.ts`); what it needs of the text (the
 * line of each link) is here.
 */
import Papa from 'papaparse';
import type { BookmarkFile, BookmarkIssue, BookmarkRecord } from './bookmarks-types';

export type BookmarkFormat = 'html' | 'csv' | 'empty' | 'unknown';

/** Pocket's export header; any order and case is read, `status` may be missing. */
export const POCKET_HEADER = 'title,url,time_added,tags,status';
const REQUIRED_COLUMNS = ['title', 'url', 'time_added', 'tags'];

const NETSCAPE_DOCTYPE = /^\s*<!DOCTYPE\s+NETSCAPE-Bookmark-file-1\s*>/i;
/** A bookmark file without the doctype (some tools leave it out) still has `<DT><A HREF`. */
const BOOKMARK_LINK = /<DT>\s*<A\s[^>]*HREF\s*=/i;

/** The text without a byte order mark. */
export function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** What `text` (named `name`) looks like: a bookmark HTML file, a CSV, nothing, or neither. */
export function bookmarkFormat(name: string, text: string): BookmarkFormat {
  const body = withoutBom(text);
  if (body.trim() === '') return 'empty';
  if (NETSCAPE_DOCTYPE.test(body)) return 'html';
  const head = body.trimStart();
  if (head.startsWith('<')) return BOOKMARK_LINK.test(body) ? 'html' : 'unknown';
  if (/\.csv$/i.test(name)) return 'csv';
  // A text whose first line has commas is read as a CSV, and its header checked.
  const firstLine = head.slice(0, head.search(/\r?\n|$/));
  return firstLine.includes(',') ? 'csv' : 'unknown';
}

/** The file refused whole, as the preview lists it. */
export function refusedFile(file: string, issue: Omit<BookmarkIssue, 'file' | 'place' | 'at'>) {
  return {
    file,
    place: 'line',
    records: [],
    issues: [{ file, place: 'file', at: 0, ...issue }],
  } satisfies BookmarkFile;
}

/**
 * The line (1-based) of each `<a` start tag of an HTML text, in order: the
 * DOM has no line numbers, and its links come in the same order. One pass.
 */
export function anchorLines(text: string): number[] {
  const lines: number[] = [];
  const pattern = /<a(?=[\s>/])|\n/gi;
  let line = 1;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match[0] === '\n') line += 1;
    else lines.push(line);
  }
  return lines;
}

/**
 * A Pocket CSV export (`title,url,time_added,tags,status`, tags separated
 * by `|`) read into records. A wrong header refuses the file and names the
 * expected one; a record that does not parse is listed and left out.
 */
export function readPocketCsv(file: string, text: string): BookmarkFile {
  const parsed = Papa.parse<Record<string, string>>(withoutBom(text), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const columns = parsed.meta.fields ?? [];
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    return {
      ...refusedFile(file, { problem: 'bad-header', detail: POCKET_HEADER }),
      place: 'record',
    };
  }
  const broken = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row !== undefined && !broken.has(error.row)) broken.set(error.row, error.message);
  }
  const records: BookmarkRecord[] = [];
  const issues: BookmarkIssue[] = [];
  parsed.data.forEach((row, index) => {
    const at = index + 1;
    const error = broken.get(index);
    if (error !== undefined) {
      issues.push({ file, place: 'record', at, problem: 'bad-record', detail: error });
      return;
    }
    records.push({
      at,
      href: row.url ?? '',
      title: row.title ?? '',
      tags: (row.tags ?? '').split('|'),
      folders: [],
      added: (row.time_added ?? '').trim(),
      description: '',
    });
  });
  return { file, place: 'record', records, issues };
}
