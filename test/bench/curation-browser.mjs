// Curation at 100,000 entries, in real Chromium (the e2e build, dist-e2e/):
// a backup of that size restored through Settings → Backup, then, through the
// options page as an author uses it, a tag carried by 10,000 entries renamed
// (Tags → Rename), a tag of 10,000 entries merged onto another, a category
// renamed, and Add tag, Set category, Delete selected and Undo on 500
// selected entries. Each is timed from the click (or Enter) that starts it to
// its announcement on screen, with the longest main-thread task meanwhile
// (the page is not frozen when that stays short).
// Run by `npm run bench` (scripts/bench.mjs), or alone after `npm run build:e2e`:
//   node test/bench/curation-browser.mjs [entries] [--runs=N] [--dist=DIR]
// It prints medians and asserts nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { chromiumOrSkip, distOf, launchExtension } from './extension-browser.mjs';
import { libraryBackup } from './library-data.mjs';

const args = process.argv.slice(2);
const COUNT = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const RUNS = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);
// 500 of the latest month (about COUNT / 120 entries).
const SELECTED = Math.min(500, Math.floor(COUNT / 160));

const chrome = chromiumOrSkip('Curation bench');
const dist = distOf(args);

// The library bench's backup, with tags the curation needs: one carried by a
// tenth of the entries to rename, and one per merge (another tenth each).
const RENAMED = ['bench-rename', 'bench-renamed'];
const MERGED = Array.from({ length: RUNS }, (_, i) => `bench-merge-${i + 1}`);
const MERGE_INTO = 'kubernetes';
const CATEGORY = ['Cloud', 'Nuage'];
const file = JSON.parse(libraryBackup(COUNT).text);
file.entries.forEach((entry, i) => {
  if (i % 10 === 0) entry.tags.push(RENAMED[0]);
  const merge = MERGED[(i % 10) - 1];
  if (merge) entry.tags.push(merge);
});
const tenth = file.entries.filter((e, i) => i % 10 === 0 && e.deletedAt === null).length;
const inCategory = file.entries.filter((e) => e.category === CATEGORY[0] && !e.deletedAt).length;
const work = mkdtempSync(path.join(tmpdir(), 'veille-curation-bench-'));
const backupPath = path.join(work, 'backup.json');
writeFileSync(backupPath, JSON.stringify(file));

const { context, options } = await launchExtension(chrome, dist, path.join(work, 'profile'));

/**
 * Arms the page: the next click or keydown starts the clock; the frame after
 * a `role=status` or `role=alert` element's text matches `pattern` stops it.
 * Also records the longest main-thread task in between.
 */
function arm(pattern) {
  const wanted = new RegExp(pattern);
  const probe = { t0: null, longest: 0 };
  globalThis.__probe = probe;
  const start = (event) => {
    if (probe.t0 === null) probe.t0 = event.timeStamp;
  };
  document.addEventListener('click', start, { capture: true, once: true });
  document.addEventListener('keydown', start, { capture: true, once: true });
  const tasks = new PerformanceObserver((list) => {
    for (const task of list.getEntries()) probe.longest = Math.max(probe.longest, task.duration);
  });
  tasks.observe({ type: 'longtask' });
  probe.done = new Promise((resolve, reject) => {
    const check = () => {
      const said = [...document.querySelectorAll('[role=status], [role=alert]')].map(
        (el) => el.textContent ?? '',
      );
      if (said.some((text) => /could not|full/.test(text))) {
        observer.disconnect();
        reject(new Error(said.join(' | ')));
      } else if (said.some((text) => wanted.test(text))) {
        observer.disconnect();
        requestAnimationFrame(() => {
          tasks.disconnect();
          resolve({ ms: performance.now() - probe.t0, longest: probe.longest });
        });
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** Runs `act` on an armed page; resolves with its time to the announcement matching `pattern`. */
async function timed(page, pattern, act) {
  await page.evaluate(arm, pattern.source);
  await act();
  return page.evaluate(() => globalThis.__probe.done);
}

const results = {};
const record = (what, sample) => {
  results[what] ??= [];
  results[what].push(sample);
  if (process.env.VERBOSE) console.log(what, sample);
};

// Restore, from choosing the file to the "Restored" status on screen.
const settings = await context.newPage();
await settings.goto(`${options}#settings`);
const restoreStart = performance.now();
await settings.getByLabel('Restore from a backup').setInputFiles(backupPath);
await settings.getByRole('status').filter({ hasText: 'Restored' }).waitFor({ timeout: 900_000 });
const restoreMs = performance.now() - restoreStart;
await settings.close();

const page = await context.newPage();
page.setDefaultTimeout(Number(process.env.STEP_TIMEOUT ?? 600_000));

/** Opens a names manager; returns the time to its table. */
async function openManager(view) {
  const start = performance.now();
  await page.goto(`${options}#${view}`);
  await page.getByRole('table').waitFor();
  return performance.now() - start;
}

/** Renames `from` to `to` in the open manager (a merge when `to` exists). */
async function rename(from, to, merge) {
  const row = page.getByRole('row').filter({
    has: page.getByRole('rowheader', { name: from, exact: true }),
  });
  await row.getByRole('button', { name: 'Rename', exact: true }).click();
  const field = page.getByRole('textbox', { name: `New name for “${from}”` });
  await field.fill(to);
  const said = new RegExp(`is now “${to}”`);
  const sample = merge
    ? await (async () => {
        await field.press('Enter');
        return timed(page, said, () =>
          page.getByRole('button', { name: 'Merge', exact: true }).click(),
        );
      })()
    : await timed(page, said, () => field.press('Enter'));
  // The table counts again before the next rename.
  await page.getByRole('rowheader', { name: to, exact: true }).waitFor();
  return sample;
}

const opened = { tags: [], categories: [] };
opened.tags.push(await openManager('tags'));
for (let run = 0; run < RUNS; run++) {
  record('rename', await rename(RENAMED[run % 2], RENAMED[(run + 1) % 2], false));
}
for (const tag of MERGED) record('merge', await rename(tag, MERGE_INTO, true));
opened.categories.push(await openManager('categories'));
for (let run = 0; run < RUNS; run++) {
  record('category', await rename(CATEGORY[run % 2], CATEGORY[(run + 1) % 2], false));
}

// The bulk bar, on the first SELECTED entries of the latest month.
const latest = file.entries.at(-1).monthKey;
await page.goto(`${options}#entries`);
await page.getByLabel('Month', { exact: true }).selectOption(latest);
const showAll = page.getByRole('button', { name: /^Show all \d+ entries$/ });
await showAll.click();
const boxes = page.getByRole('checkbox', { name: 'Select', exact: true });
await boxes.nth(SELECTED - 1).waitFor();
const selectFirst = async () => {
  await boxes.first().click();
  await boxes.nth(SELECTED - 1).click({ modifiers: ['Shift'] });
  await page.getByText(`Selected: ${SELECTED}`, { exact: true }).waitFor();
};
await selectFirst();
const changed = new RegExp(`^Entries changed: ${SELECTED}\\.`);
/** Clears the bar's last status (the same text again would not be seen to appear). */
const forget = async () => {
  await page.getByLabel('Tag for the selection').fill('');
  await page.getByRole('button', { name: 'Add tag', exact: true }).click();
  await page.getByText('Type a tag first.').waitFor();
};
for (let run = 0; run < RUNS; run++) {
  await forget();
  await page.getByLabel('Tag for the selection').fill(`bulk-${run}`);
  record(
    'addTag',
    await timed(page, changed, () =>
      page.getByRole('button', { name: 'Add tag', exact: true }).click(),
    ),
  );
}
for (let run = 0; run < RUNS; run++) {
  await forget();
  await page.getByLabel('Category for the selection').fill(`Bulk ${run}`);
  record(
    'setCategory',
    await timed(page, changed, () =>
      page.getByRole('button', { name: 'Set category', exact: true }).click(),
    ),
  );
}
for (let run = 0; run < RUNS; run++) {
  if (run > 0) await selectFirst();
  record(
    'delete',
    await timed(page, new RegExp(`^Entries deleted: ${SELECTED}\\.`), () =>
      page.getByRole('button', { name: 'Delete selected', exact: true }).click(),
    ),
  );
  record(
    'undo',
    await timed(page, new RegExp(`^Entries restored: ${SELECTED}\\.`), () =>
      page.getByRole('button', { name: 'Undo', exact: true }).click(),
    ),
  );
  await boxes.nth(SELECTED - 1).waitFor();
}
const version = context.browser()?.version() ?? 'Chromium';
await context.close();
rmSync(work, { recursive: true, force: true });

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};
const ms = (value) => `${value.toFixed(0)} ms`;
const line = (label, samples) =>
  console.log(
    `  ${label.padEnd(58)} median ${ms(median(samples.map((s) => s.ms))).padStart(8)}` +
      `  (${samples.map((s) => ms(s.ms)).join(', ')}; longest task ${ms(Math.max(...samples.map((s) => s.longest)))})`,
  );
console.log(
  `\nCuration at ${COUNT.toLocaleString('en')} entries (real Chromium ${version}, ${dist}; load average ${os.loadavg()[0].toFixed(1)})`,
);
console.log(
  `  restore of the backup (${(JSON.stringify(file).length / 1e6).toFixed(0)} MB), file chosen to "Restored"   ${ms(restoreMs)}`,
);
console.log(
  `  Tags manager opened, table shown ${ms(opened.tags[0])}; Categories ${ms(opened.categories[0])}`,
);
line(`rename a tag on ${tenth.toLocaleString('en')} entries, Enter to the status`, results.rename);
line(`merge a tag of ${tenth.toLocaleString('en')} entries onto "${MERGE_INTO}"`, results.merge);
line(
  `rename a category of ~${inCategory.toLocaleString('en')} entries, Enter to the status`,
  results.category,
);
line(`Add tag on ${SELECTED} selected entries`, results.addTag);
line(`Set category on ${SELECTED} selected entries`, results.setCategory);
line(`Delete selected (${SELECTED})`, results.delete);
line(`Undo the delete (${SELECTED})`, results.undo);
