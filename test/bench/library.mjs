// The library at 100,000 entries, in real Chromium (the e2e build, dist-e2e/):
// restore a backup of that size through Settings → Backup, then time the
// options page until its month list is complete, searches typed key by key
// (each keystroke to the results painted), and switching months.
// Run by `npm run bench` (scripts/bench.mjs), or alone after `npm run build:e2e`:
//   node test/bench/library.mjs [entries] [--restore-only] [--dist=DIR]
// (--dist and --restore-only compare the restore with another build.)
// PROFILE=1 prints, after each keystroke, the long animation frames (50 ms or
// more) it caused: how long their scripts ran and their style and layout;
// a build that stamps its phases in `globalThis.__searchPhases` (an array of
// `{ name: performance.now() }` records, one per search) has those printed too.
// It prints numbers beside their targets and asserts nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumOrSkip, distOf, launchExtension } from './extension-browser.mjs';
import { libraryBackup } from './library-data.mjs';

const args = process.argv.slice(2);
const COUNT = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const RESTORE_ONLY = args.includes('--restore-only');
const PROFILE = !!process.env.PROFILE;
const QUERIES = [
  'kubernetes',
  'postgres replication',
  '#rust',
  'category:sécu',
  'month:2019-0',
  '"deep dive"',
  'obs latency',
];

const chrome = chromiumOrSkip('Library bench');
const dist = distOf(args);
const work = mkdtempSync(path.join(tmpdir(), 'veille-library-bench-'));
const backupPath = path.join(work, 'backup.json');
const { text, months } = libraryBackup(COUNT);
writeFileSync(backupPath, text);

const { context, options } = await launchExtension(chrome, dist, path.join(work, 'profile'));

/** From navigation start to the frame where the month list holds `expected` months. */
async function optionsReady(expected) {
  const page = await context.newPage();
  await page.goto(options);
  const at = await page.evaluate(
    (count) =>
      new Promise((resolve) => {
        const check = () => {
          if (document.querySelectorAll('#month option').length >= count) {
            resolve(performance.now());
          } else requestAnimationFrame(check);
        };
        check();
      }),
    expected,
  );
  await page.close();
  return at;
}

// 0. The floor: the options page of an empty library, in the same browser.
const floor = [];
for (let run = 0; run < (RESTORE_ONLY ? 0 : 7); run++) floor.push(await optionsReady(1));

// 1. Restore, from choosing the file to the "Restored" status on screen.
const settings = await context.newPage();
await settings.goto(`${options}#settings`);
const restoreStart = performance.now();
await settings.getByLabel('Restore from a backup').setInputFiles(backupPath);
await settings.getByRole('status').filter({ hasText: 'Restored' }).waitFor({ timeout: 600_000 });
const restoreMs = performance.now() - restoreStart;
await settings.close();
console.log(`  (${dist}: restored ${COUNT} entries in ${restoreMs.toFixed(0)} ms)`);
if (RESTORE_ONLY) {
  await context.close();
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

/**
 * Watches the page's <main>: after each armed event (a keystroke, a month
 * chosen), the frame that paints the last change it caused. Installed in the
 * page; the bench reads `__bench.samples`.
 */
function installProbe() {
  const bench = { t0: null, painted: null, samples: [], frames: [] };
  globalThis.__bench = bench;
  globalThis.__searchPhases = [];
  const arm = (event) => {
    bench.t0 = event.timeStamp;
    bench.painted = null;
    bench.frames = [];
    globalThis.__searchPhases = [];
  };
  // Long animation frames: Chromium's account of what kept a frame from painting.
  new PerformanceObserver((list) => {
    for (const frame of list.getEntries()) {
      const end = frame.startTime + frame.duration;
      const layoutFrom = frame.styleAndLayoutStart || end;
      bench.frames.push({
        start: frame.startTime,
        duration: frame.duration,
        script: (frame.renderStart || end) - frame.startTime,
        styleAndLayout: end - layoutFrom,
      });
    }
  }).observe({ type: 'long-animation-frame' });
  document.addEventListener('input', arm, true);
  document.addEventListener('change', arm, true);
  new MutationObserver(() => {
    if (bench.t0 === null) return;
    requestAnimationFrame(() => {
      bench.painted = performance.now();
    });
  }).observe(document.querySelector('main'), {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
  });
}

/** Waits until the page has been quiet for 300 ms, then takes the armed event's sample. */
async function settle(page) {
  await page.waitForFunction(
    () => {
      const b = globalThis.__bench;
      const busy = document.querySelector('main [aria-busy="true"]');
      return !busy && performance.now() - (b.painted ?? b.t0 ?? 0) > 300;
    },
    null,
    { polling: 50, timeout: 120_000 },
  );
  return page.evaluate(() => {
    const b = globalThis.__bench;
    const sample = b.painted === null ? null : b.painted - b.t0;
    const profile = {
      t0: b.t0,
      painted: b.painted,
      frames: b.frames,
      phases: globalThis.__searchPhases,
    };
    b.t0 = null;
    return { sample, profile };
  });
}

/** One line: the keystroke's long frames and, from an instrumented build, its search's phases. */
function printProfile(text, { sample, profile }) {
  const ms = (value) => (value === undefined || value === null ? '-' : value.toFixed(1));
  const frames = profile.frames
    .map(
      (f) =>
        `frame at +${ms(f.start - profile.t0)}: ${ms(f.duration)} (script ${ms(f.script)}, style and layout ${ms(f.styleAndLayout)})`,
    )
    .join('; ');
  const phases = profile.phases
    .map((stamps) => {
      let last = profile.t0;
      return Object.entries(stamps)
        .map(([name, at]) => {
          const step = `${name} +${ms(at - last)}`;
          last = at;
          return step;
        })
        .join(', ');
    })
    .join(' | ');
  console.log(
    `    ${JSON.stringify(text)} ${ms(sample)} ms${phases ? ` [${phases}]` : ''}${frames ? ` {${frames}}` : ''}; painted +${ms(profile.painted === null ? null : profile.painted - profile.t0)}`,
  );
}

// 2. The options page: from navigation start to the month list complete.
const ready = [];
for (let run = 0; run < 7; run++) ready.push(await optionsReady(months));

// 3. Searches typed key by key, then 4. switching months.
const page = await context.newPage();
await page.goto(options);
await page.locator('#month option').nth(months).waitFor({ state: 'attached' });
await page.evaluate(installProbe);
const search = page.getByRole('searchbox', { name: 'Search' });
const keystrokes = [];
/** Each keystroke's text and time, to name the slowest. */
const typed = [];
for (const query of QUERIES) {
  await search.fill('');
  await settle(page);
  await search.focus();
  for (const key of query) {
    await page.keyboard.type(key);
    const settled = await settle(page);
    const { sample } = settled;
    if (sample !== null) keystrokes.push(sample);
    if (sample !== null) typed.push({ text: await search.inputValue(), ms: sample });
    if (PROFILE) printProfile(await search.inputValue(), settled);
  }
}
await search.fill('');
await settle(page);
const switches = [];
const monthKeys = await page.$$eval('#month option', (list) => list.map((o) => o.value));
for (const key of monthKeys.slice(1, 13)) {
  await page.getByLabel('Month').selectOption(key);
  const { sample } = await settle(page);
  if (sample !== null) switches.push(sample);
}
await context.close();
rmSync(work, { recursive: true, force: true });

const sorted = (values) => [...values].sort((a, b) => a - b);
const at = (values, q) =>
  sorted(values)[Math.min(values.length - 1, Math.floor(q * values.length))];
const ms = (value) => `${value.toFixed(0)} ms`;
const target = (met, text) => `${met ? 'met' : 'NOT met'}: ${text}`;
console.log(
  `\nThe library at ${COUNT.toLocaleString('en')} entries over ${months} months (real Chromium, e2e build)`,
);
console.log(
  `  restore of the backup (${(text.length / 1e6).toFixed(0)} MB), file chosen to "Restored"   ${ms(restoreMs)}`,
);
const readyMedian = at(ready, 0.5);
console.log(
  `  options page ready, month list complete: median ${ms(readyMedian)}, max ${ms(at(ready, 1))}  (${target(readyMedian <= 300, '≤ 300 ms')}; an empty library's, same run: median ${ms(at(floor, 0.5))})`,
);
const p95 = at(keystrokes, 0.95);
console.log(
  `  search, keystroke to results painted (${keystrokes.length} keystrokes of ${QUERIES.length} queries): median ${ms(at(keystrokes, 0.5))}, p95 ${ms(p95)}, max ${ms(at(keystrokes, 1))}  (${target(p95 <= 50, 'p95 ≤ 50 ms')})`,
);
console.log(
  `    slowest: ${[...typed]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5)
    .map(({ text, ms: time }) => `${JSON.stringify(text)} ${ms(time)}`)
    .join(', ')}`,
);
const switchMedian = at(switches, 0.5);
console.log(
  `  month switch to its entries painted (${switches.length} months): median ${ms(switchMedian)}, max ${ms(at(switches, 1))}  (${target(switchMedian <= 100, '≤ 100 ms')})`,
);
