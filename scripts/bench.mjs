// `npm run bench`: prints the numbers the product's speed and size targets
// are judged by. It asserts nothing (a busy machine would make it flaky);
// read the numbers, compare them with the previous run.
//   1. bundle sizes of the shipped Chrome build (gzipped), per page;
//   2. the popup in real Chromium beside an empty extension page (DOMContentLoaded,
//      form with the title, heap, save) and a cold context-menu capture, with an
//      empty store and with 100,000 entries (scripts/bench-browser.mjs);
//   3. the library at 100,000 entries in real Chromium: restore, options page
//      ready, search keystroke to paint, month switch (test/bench/library.mjs);
//   4. curation at 100,000 entries in real Chromium: tag and category renames
//      through the Tags and Categories managers, bulk edits of 500 selected
//      entries (test/bench/curation-browser.mjs);
//   5. the export of a month, quoting into long notes, curation at 100,000
//      entries, and sync against a local WebDAV server (Vitest bench, in Node).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchBrowser, median } from './bench-browser.mjs';
import { bundleSizes, kb } from './bundle-sizes.mjs';

const run = (cmd, args, env = {}) =>
  execFileSync(cmd, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });

// 1. Sizes: a page's JavaScript is its module script and every chunk it imports.
run('npx', ['vite', 'build']);
run('npx', ['vite', 'build'], { TARGET: 'e2e' });

const sizes = bundleSizes('dist');
console.log('\nBundle sizes (dist/, gzipped JavaScript an entry point loads)');
for (const [label, note] of [
  ['popup', '  (before the form is on screen)'],
  ['popupLater', '  (the popup, once its form is on screen)'],
  ['options', ''],
  ['worker', ''],
  ['render', "  (options page's render worker)"],
]) {
  const { gzipped, raw, files } = sizes[label];
  console.log(
    `  ${label.padEnd(8)} ${kb(gzipped).padStart(9)} gzipped  (${kb(raw)} raw, ${files} files)${note}`,
  );
}

// 2. The popup and the worker in real Chromium, beside the browser's floor,
// with an empty store and with a decade of captures.
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (!chrome) {
  console.log(
    '\nPopup timings skipped: no Chromium (apt-get install -y chromium, or set CHROME_PATH).',
  );
} else {
  const RUNS = 12;
  const LIBRARY = 100_000;
  const { version, launchMs, seedMs, empty, large } = await benchBrowser({
    chrome,
    dist: path.resolve('dist-e2e'),
    runs: RUNS,
    libraryCount: LIBRARY,
  });
  const cpus = os.cpus();
  console.log(
    `\n${version}, headless; ${cpus.length} cores (${cpus[0]?.model.trim()}), ` +
      `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os.loadavg()[0].toFixed(1)} at the end`,
  );
  const ms = (v) => `${v.toFixed(0)} ms`;
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const verdict = (met) => (met ? 'met' : 'NOT met');
  const rows = [];
  const row = (what, floor, popupEmpty, popupLarge, target) =>
    rows.push([what, floor, popupEmpty, popupLarge, target]);
  const phases = { empty, large };
  const m = {};
  for (const [key, phase] of Object.entries(phases)) {
    m[key] = {
      floor: median(phase.floor.map((r) => r.domContentLoaded)),
      floorHeap: median(phase.floor.map((r) => r.heap)),
      dcl: median(phase.popup.map((r) => r.domContentLoaded)),
      paint: median(phase.popup.map((r) => r.firstPaint)),
      form: median(phase.popup.map((r) => r.form)),
      refined: median(phase.popup.map((r) => r.refined)),
      heap: median(phase.popup.map((r) => r.heap)),
      heapLater: median(phase.popup.map((r) => r.heapLater)),
      save: median(phase.popup.map((r) => r.save)),
      cold: median(phase.cold),
    };
  }
  const ratio = (key, field) =>
    `${ms(m[key][field])} = ${(m[key][field] / m[key].floor).toFixed(2)}×`;
  const both = (test) => test(m.empty) && test(m.large);
  row(
    'empty extension page DOMContentLoaded (the floor)',
    `${ms(m.empty.floor)} / ${ms(m.large.floor)}`,
    '',
    '',
    '',
  );
  row(
    'popup DOMContentLoaded',
    '',
    ratio('empty', 'dcl'),
    ratio('large', 'dcl'),
    `≤ 1.25×: ${verdict(both((x) => x.dcl <= 1.25 * x.floor))}`,
  );
  row(
    'popup first paint (its static frame)',
    '',
    ratio('empty', 'paint'),
    ratio('large', 'paint'),
    '',
  );
  row(
    "form on screen with the tab's title",
    '',
    ratio('empty', 'form'),
    ratio('large', 'form'),
    `≤ 2×: ${verdict(both((x) => x.form <= 2 * x.floor))}`,
  );
  row(
    "form refined with the page's answer (its title, URL)",
    '',
    ratio('empty', 'refined'),
    ratio('large', 'refined'),
    '',
  );
  row(
    'JS heap once the form shows (after a GC)',
    `${mb(m.empty.floorHeap)} / ${mb(m.large.floorHeap)}`,
    mb(m.empty.heap),
    mb(m.large.heap),
    `≤ 1.5 MB: ${verdict(both((x) => x.heap <= 1.5 * 2 ** 20))}`,
  );
  row(
    'JS heap once refined (the rest loaded, after a GC)',
    '',
    mb(m.empty.heapLater),
    mb(m.large.heapLater),
    '',
  );
  row(
    'popup JavaScript, gzipped',
    '',
    kb(sizes.popup.gzipped),
    kb(sizes.popup.gzipped),
    `≤ 20 KB: ${verdict(sizes.popup.gzipped <= 20 * 1024)}`,
  );
  row('Save click to "Saved."', '', ms(m.empty.save), ms(m.large.save), '');
  row(
    'context-menu capture, worker asleep: wake-up to commit',
    '',
    ms(m.empty.cold),
    ms(m.large.cold),
    `≤ 150 ms: ${verdict(both((x) => x.cold <= 150))}`,
  );
  console.log(
    `Medians of ${RUNS} popup openings, each after an empty page of the extension (the floor)`,
  );
  const header = [
    '',
    'floor (empty / large)',
    'empty store',
    `${LIBRARY.toLocaleString('en')} entries`,
    'target',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [header, ...rows]) {
    console.log(`  ${r.map((cell, i) => cell.padEnd(widths[i])).join('  ')}`.trimEnd());
  }
  console.log(
    `  browser up with the extension ${ms(launchMs)}; ${LIBRARY.toLocaleString('en')} entries seeded in ${ms(seedMs)}`,
  );
}

// `npm run bench -- --popup`: sizes and the popup only (parts 1 and 2).
if (process.argv.includes('--popup')) process.exit(0);

// 3. The library at 100,000 entries (its own browser and profile).
execFileSync('node', ['test/bench/library.mjs', '100000'], { stdio: 'inherit' });

// 4. Curation at 100,000 entries (its own browser and profile).
execFileSync('node', ['test/bench/curation-browser.mjs', '100000'], { stdio: 'inherit' });

// 5. Export speed, in Node.
console.log('\nExport, notes, curation and sync (Vitest bench)');
execFileSync('npx', ['vitest', 'bench', '--run', '--config', 'vitest.config.ts'], {
  stdio: 'inherit',
});
