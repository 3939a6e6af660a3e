// Part of `npm test`, after `npm run build`: each entry point's gzipped
// JavaScript has a budget, and a bundle over it fails with the sizes. Sizes
// are stable from run to run, unlike times (those are `npm run bench`'s).
import { bundleSizes, kb } from './bundle-sizes.mjs';

/** Gzipped bytes. The popup opens on every capture; the worker is evaluated at each cold start. */
const BUDGETS = {
  // Everything the popup loads before its form is on screen (its page's module
  // scripts and their static imports): 19.7 KB with webextension-polyfill (2.7 KB).
  // The form is painted from the tab; what it needs later is popupLater.
  popup: 20 * 1024,
  // Loaded once the form is on screen (src/popup/later.ts), before Save needs it:
  // the writer (write rules, search-index terms, clock stamps), the page's
  // refinement (metadata, quoting), the status line's words, suggestions. 7.5 KB.
  popupLater: 8.5 * 1024,
  worker: 24 * 1024,
  // Dexie (31 KB), the store and the library, the first view painted: 68.3 KB since
  // Settings, Tags/Categories and Export load on demand (81.7 KB when all were here);
  // 71.1 KB with the library search's exact total and typing-burst cache (+1.2 KB),
  // the background sync's live status (+0.4 KB) and the write code now in a chunk
  // shared with the worker and the popup's later file (gzipped apart); 71.7 KB with
  // the tag and category counts kept on each write (schema version 5, +0.6 KB).
  options: 72 * 1024,
  render: 60 * 1024,
  // isomorphic-git and the buffer package, loaded on the first Connect or Publish.
  publish: 90 * 1024,
  // The views loaded on demand, each with the chunks the page does not already hold:
  // Settings and its sections (backup checks with valibot, imports, publishing, sync) 11.2 KB,
  settings: 13 * 1024,
  // Tags and Categories 1.5 KB, the Export view (month text, post output, publishing bar) 6.3 KB.
  names: 2.5 * 1024,
  export: 8 * 1024,
};

const sizes = bundleSizes('dist');
const over = Object.entries(BUDGETS).filter(([name, budget]) => sizes[name].gzipped > budget);
for (const [name, budget] of Object.entries(BUDGETS)) {
  const { gzipped, files } = sizes[name];
  const mark = gzipped > budget ? 'OVER' : 'ok';
  console.log(
    `${mark.padEnd(4)} ${name.padEnd(10)} ${kb(gzipped).padStart(9)} of ${kb(budget)} (${files} files)`,
  );
}
if (over.length > 0) {
  console.error(
    `\nOver budget: ${over.map(([name]) => name).join(', ')}. Keep the hot path light ` +
      '(see README, Performance), or raise a budget in scripts/check-sizes.mjs with a reason.',
  );
  process.exit(1);
}
