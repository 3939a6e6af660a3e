/** Bookmark files for the import's tests: the fixtures, and records built by hand. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BookmarkFile, BookmarkRecord } from '../../src/core/import/bookmarks';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BOOKMARKS_DIR = path.join(repoRoot, 'test', 'fixtures', 'bookmarks');

/** `test/fixtures/bookmarks/<name>`: `firefox.html`, `chrome.html`, `pocket.csv`. */
export function bookmarkFixture(name: string): string {
  return readFileSync(path.join(BOOKMARKS_DIR, name), 'utf8');
}

/** 2019-06-01: every fixture's date is in the past. */
export const AFTER_FIXTURES = Date.UTC(2019, 5, 1, 12);

export function record(fields: Partial<BookmarkRecord> & { href: string }): BookmarkRecord {
  return {
    at: 1,
    title: 'A page',
    tags: [],
    folders: [],
    added: '1553554800',
    description: '',
    ...fields,
  };
}

export function htmlFile(records: BookmarkRecord[], file = 'bookmarks.html'): BookmarkFile {
  return { file, place: 'line', records, issues: [] };
}

/** A Netscape bookmark file of `count` links in folders of 100, as big as a long-time author's. */
export function bigBookmarkFile(count: number): string {
  const lines = ['<!DOCTYPE NETSCAPE-Bookmark-file-1>', '<TITLE>Bookmarks</TITLE>', '<DL><p>'];
  for (let i = 0; i < count; i += 1) {
    if (i % 100 === 0) {
      if (i > 0) lines.push('    </DL><p>');
      lines.push(`    <DT><H3 ADD_DATE="1546300800">Folder ${i / 100}</H3>`, '    <DL><p>');
    }
    lines.push(
      `        <DT><A HREF="https://example.org/articles/${i}/a-long-enough-slug-for-a-real-url?id=${i}&amp;utm_source=x" ADD_DATE="${1546300800 + i * 60}" TAGS="tag${i % 50},reading">Article number ${i}: a title as long as most titles are</A>`,
      `        <DD>A description of article ${i}, a sentence or two that the author wrote when saving it.`,
    );
  }
  lines.push('    </DL><p>', '</DL><p>');
  return `${lines.join('\n')}\n`;
}
