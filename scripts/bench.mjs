// `npm run bench`: prints the numbers the product's speed and size targets
// are judged by. It asserts nothing (a busy machine would make it flaky);
// read the numbers, compare them with the previous run.
//   1. bundle sizes of the shipped Chrome build (gzipped), per page;
//   2. the popup in real Chromium: first render and save, over several runs;
//   3. the export of a month, quoting into long notes, and sync against a local
//      WebDAV server (Vitest bench, in Node).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import CHROMIUM_FLAGS from '../test/e2e/chromium-flags.json' with { type: 'json' };
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
  ['popup', ''],
  ['options', ''],
  ['worker', ''],
  ['render', "  (options page's render worker)"],
]) {
  const { gzipped, raw, files } = sizes[label];
  console.log(
    `  ${label.padEnd(8)} ${kb(gzipped).padStart(9)} gzipped  (${kb(raw)} raw, ${files} files)${note}`,
  );
}

// 2. The popup in real Chromium, on a local article.
const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (!chrome) {
  console.log(
    '\nPopup timings skipped: no Chromium (apt-get install -y chromium, or set CHROME_PATH).',
  );
} else {
  const dist = path.resolve('dist-e2e');
  // The browser's floor: an empty page of the extension, opened side by side
  // with the popup in the same run (ratios, not absolute times, are the targets).
  writeFileSync(path.join(dist, 'bench-floor.html'), '<!doctype html><title>floor</title>\n');
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(readFileSync('test/fixtures/site/article.html'));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const profile = mkdtempSync(path.join(tmpdir(), 'veille-bench-'));
  const launchStart = performance.now();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chrome,
    headless: true,
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_FLAGS],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const launchMs = performance.now() - launchStart;
  const id = new URL(sw.url()).host;
  const port = server.address().port;

  /** What a page says of its own load: DOMContentLoaded and the JS heap (Chromium's). */
  const pageFacts = (page) =>
    page.evaluate(() => ({
      domContentLoaded:
        performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0,
      heap: performance.memory?.usedJSHeapSize ?? 0,
    }));

  /** The empty extension page N times: the floor's DOMContentLoaded and heap. */
  async function floorRuns(runs) {
    const loads = [];
    const heaps = [];
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/bench-floor.html`);
      const facts = await pageFacts(page);
      loads.push(facts.domContentLoaded);
      heaps.push(facts.heap);
      await page.close();
    }
    return { loads, heaps };
  }

  /** Opens the popup on a fresh article N times: form-on-screen and save timings. */
  async function captureRuns(label, runs) {
    const renders = [];
    const saves = [];
    const loads = [];
    const heaps = [];
    for (let i = 0; i < runs; i++) {
      const article = await context.newPage();
      await article.goto(`http://127.0.0.1:${port}/${label}-${i}.html`);
      const tabId = await sw.evaluate(
        async (url) => (await chrome.tabs.query({ url }))[0]?.id,
        article.url(),
      );
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${id}/src/popup/index.html?tabId=${tabId}`);
      // From navigation start to the form on screen with the page's title in
      // it, measured by the page itself at the frame it appears.
      await popup.waitForFunction(() => document.querySelector('#title')?.value, null, {
        polling: 'raf',
      });
      renders.push(await popup.evaluate(() => performance.now()));
      const facts = await pageFacts(popup);
      loads.push(facts.domContentLoaded);
      heaps.push(facts.heap);
      const saveStart = performance.now();
      const closed = popup.waitForEvent('close');
      await popup.getByRole('button', { name: 'Save' }).click();
      await popup.getByText('Saved.').waitFor();
      saves.push(performance.now() - saveStart);
      await closed;
      await article.close();
    }
    return { renders, saves, loads, heaps };
  }

  /**
   * A context-menu capture with the worker asleep: DevTools stops every
   * worker, then the click's event wakes it (DevTools starts it, then the test
   * hook runs the menu's handler). The figure is from the wake-up to the
   * entry's commit (its capturedAt, stamped by the worker).
   */
  async function coldMenuCaptures(label, runs) {
    const article = await context.newPage();
    await article.goto(`http://127.0.0.1:${port}/${label}-cold.html`);
    const tabId = await sw.evaluate(
      async (url) => (await chrome.tabs.query({ url }))[0]?.id,
      article.url(),
    );
    const devtools = await context.newCDPSession(article);
    await devtools.send('ServiceWorker.enable');
    const commits = [];
    for (let i = 0; i < runs; i++) {
      await devtools.send('ServiceWorker.stopAllWorkers');
      const url = `http://127.0.0.1:${port}/${label}-cold-${i}.html`;
      const woken = Date.now();
      await devtools.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${id}/` });
      const outcome = await sw.evaluate(
        ({ info, tab }) => globalThis.__veilleTest.contextMenuClick(info, tab),
        {
          info: { menuItemId: 'veille-add-link', linkUrl: url, linkText: 'Cold' },
          tab: { id: tabId },
        },
      );
      commits.push(outcome.entry.capturedAt - woken);
      for (const extra of context.pages().filter((p) => p.url().includes('entryId='))) {
        await extra.close();
      }
    }
    await article.close();
    return commits;
  }

  const RUNS = 12;
  const floor = await floorRuns(RUNS);
  const empty = await captureRuns('empty', RUNS);
  const coldEmpty = await coldMenuCaptures('empty', 6);

  // A large library: years of captures, to see what the popup's look-ups cost.
  const LIBRARY = 5000;
  const seeder = await context.newPage();
  await seeder.goto(`chrome-extension://${id}/src/options/index.html`);
  await seeder.getByRole('heading').first().waitFor();
  await seeder.evaluate(async (count) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('veille');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('entries', 'readwrite');
    const store = tx.objectStore('entries');
    for (let i = 0; i < count; i++) {
      const month = `20${String(15 + Math.floor(i / 500)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;
      store.put({
        id: crypto.randomUUID(),
        url: `https://example.org/library/${i}`,
        title: `Library entry ${i}`,
        note: 'A note of a few words, as most are.',
        tags: [`tag${i % 97}`, `topic ${i % 13}`],
        category: `Category ${i % 25}`,
        monthKey: month,
        capturedAt: Date.UTC(2015, 0, 1) + i * 3_600_000,
        updatedAt: 0,
        deletedAt: null,
        meta: {},
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, LIBRARY);
  await seeder.close();
  const large = await captureRuns('large', RUNS);
  const coldLarge = await coldMenuCaptures('large', 6);
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
  const stats = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    return `median ${at(0.5).toFixed(0)} ms, p90 ${at(0.9).toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms`;
  };
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const floorLoad = median(floor.loads);
  const ratio = (value) => `${(value / floorLoad).toFixed(2)}× the floor`;
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  const target = (met, text) => `${met ? 'met' : 'NOT met'}: ${text}`;
  console.log(`\nThe popup against the browser's floor (medians of ${RUNS}, same run)`);
  console.log(
    `  empty extension page DOMContentLoaded   ${floorLoad.toFixed(0)} ms, heap ${mb(median(floor.heaps))}`,
  );
  for (const [label, runs] of [
    ['empty library', empty],
    [`${LIBRARY} entries`, large],
  ]) {
    const load = median(runs.loads);
    const shown = median(runs.renders);
    console.log(`  ${label}`);
    console.log(
      `    DOMContentLoaded ${load.toFixed(0)} ms = ${ratio(load)}  (${target(load <= 1.25 * floorLoad, '≤ 1.25×')})`,
    );
    console.log(
      `    form with the title ${shown.toFixed(0)} ms = ${ratio(shown)}  (${target(shown <= 2 * floorLoad, '≤ 2× the floor’s DOMContentLoaded')})`,
    );
  }
  console.log(
    `  popup JavaScript ${kb(sizes.popup.gzipped)} gzipped  (${target(sizes.popup.gzipped <= 20 * 1024, '≤ 20 KB')})`,
  );
  for (const [label, commits] of [
    ['empty library', coldEmpty],
    [`${LIBRARY} entries`, coldLarge],
  ]) {
    const cold = median(commits);
    console.log(
      `  context-menu capture, worker asleep, ${label}: committed ${cold.toFixed(0)} ms after the wake-up  (${target(cold <= 150, '≤ 150 ms')})`,
    );
  }
  console.log(`\nReal Chromium (headless, ${RUNS} captures each)`);
  console.log(`  browser up with the extension        ${launchMs.toFixed(0)} ms`);
  console.log(`  popup form on screen, empty library  ${stats(empty.renders)}`);
  console.log(`  save click to "Saved.", empty        ${stats(empty.saves)}`);
  console.log(`  popup form on screen, ${LIBRARY} entries ${stats(large.renders)}`);
  console.log(`  save click to "Saved.", ${LIBRARY} entries ${stats(large.saves)}`);
}

// 3. Export speed, in Node.
console.log('\nExport, notes and sync (Vitest bench)');
execFileSync('npx', ['vitest', 'bench', '--run', '--config', 'vitest.config.ts'], {
  stdio: 'inherit',
});
