import { bench, describe } from 'vitest';
import {
  anchorLines,
  type BookmarkRecord,
  planBookmarks,
  readPocketCsv,
} from '../../src/core/import/bookmarks';
import { AFTER_FIXTURES, bigBookmarkFile } from '../helpers/bookmarks';

/**
 * A long-time author's bookmarks: 63,000 links, about 20 MB of bookmark
 * HTML (the DOM walk is the browser's: the end-to-end test prints the time
 * from the file to the preview). Here, the pure part: lines, CSV, plan.
 */
const COUNT = 63_000;
const html = bigBookmarkFile(COUNT);
const records: BookmarkRecord[] = Array.from({ length: COUNT }, (_, i) => ({
  at: i + 1,
  href: `https://example.org/articles/${i}/a-long-enough-slug?id=${i}&utm_source=x`,
  title: `Article number ${i}: a title as long as most titles are`,
  tags: [`tag${i % 50},reading`],
  folders: [
    { name: 'Bookmarks bar', browserRoot: true },
    { name: `Folder ${Math.floor(i / 100)}`, browserRoot: false },
  ],
  added: String(1546300800 + i * 60),
  description: `A description of article ${i}, a sentence or two that the author wrote.`,
}));
const csv = [
  'title,url,time_added,tags,status',
  ...records.map((r) => `"${r.title}",${r.href},${r.added},tag${r.at % 50}|reading,unread`),
].join('\n');
const options = { now: AFTER_FIXTURES, timeZone: 'Europe/Paris', newId: () => 'id' };
const once = { iterations: 3, warmupIterations: 1, time: 0 };

describe(`import bookmarks, ${COUNT} links (${(html.length / 1e6).toFixed(1)} MB of HTML)`, () => {
  bench('lines of the links in the HTML', () => void anchorLines(html), once);
  bench(
    'plan from the records, empty library',
    () => void planBookmarks([{ file: 'b.html', place: 'line', records, issues: [] }], [], options),
    once,
  );
  bench(
    `Pocket CSV (${(csv.length / 1e6).toFixed(1)} MB) read and planned`,
    () => void planBookmarks([readPocketCsv('p.csv', csv)], [], options),
    once,
  );
});
