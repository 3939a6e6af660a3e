// The popup and the worker in real Chromium, for `npm run bench`: each
// figure beside the browser's floor, an empty page of the extension opened
// in turn with the popup in the same run (the load of a shared machine then
// weighs on both alike; the targets are ratios to the floor).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import CHROMIUM_FLAGS from '../test/e2e/chromium-flags.json' with { type: 'json' };
import { seedLibrary } from './bench-library.mjs';

export const median = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : Number.NaN;
};

/**
 * DevTools alone on `page`: what is evaluated through it adds nothing to the
 * page, unlike Playwright's evaluate and waitForFunction, which install their
 * own scripts in it (about 330 KB of source on the heap being measured).
 */
async function devtoolsOn(context, page) {
  const session = await context.newCDPSession(page);
  return {
    async evaluate(expression) {
      const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
        expression,
        awaitPromise: true,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return result.value;
    },
    /** The JS heap of the page's renderer (main thread) after a garbage collection, in bytes. */
    async heap() {
      await session.send('HeapProfiler.collectGarbage');
      return (await session.send('Runtime.getHeapUsage')).usedSize;
    },
    detach: () => session.detach(),
  };
}

/** DOMContentLoaded and first paint, as the page itself recorded them. */
const LOAD_FACTS = `({
  domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventEnd ?? 0,
  firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? null,
})`;

/**
 * The first frame with a title in the form (the tab's title: the popup paints
 * from what the browser says of the tab), then the first frame with the form
 * refined by the page's answer (its own title, canonical URL, selection:
 * \`data-page="answered"\`). Each is the earlier of two readings: the frame
 * in which this loop first saw it (late when DevTools could only start the
 * loop after the fact), and the popup's own mark, set by an effect run just
 * after that frame (\`veille-form-shown\`, \`veille-form-refined\`).
 */
const FORM_SHOWN = `new Promise((resolve) => {
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? Infinity;
  let shown = null;
  globalThis.__benchRefined = new Promise((refined) => {
    const check = () => {
      if (shown === null && document.querySelector('#title')?.value) {
        shown = Math.min(performance.now(), mark('veille-form-shown'));
        resolve(shown);
      }
      if (shown !== null && document.querySelector('main[data-page="answered"]')) {
        refined(Math.min(performance.now(), mark('veille-form-refined')));
      } else requestAnimationFrame(check);
    };
    check();
  });
})`;
const FORM_REFINED = 'globalThis.__benchRefined';

/**
 * Chromium with the extension `dist` (an e2e build: it has the test hook the
 * context-menu figure needs), an empty page of the extension (the floor) and
 * a local article server. `articleTab(name)` opens an article and gives its tab id.
 */
export async function launchBench({ chrome, dist, profile: kept }) {
  const version = execFileSync(chrome, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  writeFileSync(path.join(dist, 'bench-floor.html'), '<!doctype html><title>floor</title>\n');
  const server = createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(readFileSync('test/fixtures/site/article.html'));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  const profile = kept ?? mkdtempSync(path.join(tmpdir(), 'veille-bench-'));
  const launchStart = performance.now();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chrome,
    headless: true,
    args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, ...CHROMIUM_FLAGS],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const launchMs = performance.now() - launchStart;
  const id = new URL(sw.url()).host;
  const articleUrl = (name) => `http://127.0.0.1:${port}/${name}.html`;
  return {
    version,
    launchMs,
    context,
    sw,
    id,
    articleUrl,
    floorUrl: `chrome-extension://${id}/bench-floor.html`,
    popupUrl: (tabId) => `chrome-extension://${id}/src/popup/index.html?tabId=${tabId}`,
    async articleTab(name) {
      const page = await context.newPage();
      await page.goto(articleUrl(name));
      const tabId = await sw.evaluate(
        async (url) => (await chrome.tabs.query({ url }))[0]?.id,
        page.url(),
      );
      return { page, tabId };
    },
    async close() {
      await context.close();
      server.close();
      if (!kept) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Milliseconds from navigation start to the form with a title, and refined by the page (see FORM_SHOWN). */
export async function formShown(context, popup) {
  const devtools = await devtoolsOn(context, popup);
  const shown = await devtools.evaluate(FORM_SHOWN);
  const refined = await devtools.evaluate(FORM_REFINED);
  await devtools.detach();
  return { shown, refined };
}

/** Runs the browser half of the bench. Returns the raw figures. */
export async function benchBrowser({ chrome, dist, runs, libraryCount, coldRuns = 6 }) {
  const profile = mkdtempSync(path.join(tmpdir(), 'veille-bench-'));
  let bench;
  try {
    bench = await launchBench({ chrome, dist, profile });
    const { version, launchMs } = bench;
    const empty = await phase(bench, 'empty');
    const seedStart = performance.now();
    await seedLibrary(bench.context, bench.id, { count: libraryCount });
    const seedMs = performance.now() - seedStart;
    await bench.close();
    bench = undefined;
    // The same profile in a new browser: the seeding page leaves nothing in
    // the renderer whose heap is measured, as after a restart.
    bench = await launchBench({ chrome, dist, profile });
    const large = await phase(bench, 'large');
    return { version, launchMs, seedMs, empty, large };
  } finally {
    await bench?.close();
    rmSync(profile, { recursive: true, force: true });
  }

  /** Floor and popup side by side, then cold context-menu captures, in one browser. */
  async function phase(bench, label) {
    const { context, sw, id } = bench;

    async function floorRun() {
      const page = await context.newPage();
      await page.goto(bench.floorUrl);
      const devtools = await devtoolsOn(context, page);
      const facts = await devtools.evaluate(LOAD_FACTS);
      const heap = await devtools.heap();
      await page.close();
      return { ...facts, heap };
    }

    /** The popup on a fresh article: load, form with the title, heap, save. */
    async function popupRun(label) {
      const { page: article, tabId } = await bench.articleTab(label);
      const popup = await context.newPage();
      // From the document's commit: the form may be on screen before the load
      // event (the rest of the popup still loading), and the loop below only
      // sees frames from the moment it starts.
      await popup.goto(bench.popupUrl(tabId), { waitUntil: 'commit' });
      // From navigation start to the first frame with a title in the form, and
      // to the first refined by the page's answer, read by the page itself in
      // those frames (no round trip counted).
      const devtools = await devtoolsOn(context, popup);
      const form = await devtools.evaluate(FORM_SHOWN);
      const heap = await devtools.heap();
      const refined = await devtools.evaluate(FORM_REFINED);
      // Once refined, the rest of the popup (writer, suggestions) is loaded too.
      const heapLater = await devtools.heap();
      const facts = await devtools.evaluate(LOAD_FACTS);
      await devtools.detach();
      const saveStart = performance.now();
      const closed = popup.waitForEvent('close');
      await popup.getByRole('button', { name: 'Save' }).click();
      await popup.getByText('Saved.').waitFor();
      const save = performance.now() - saveStart;
      await closed;
      await article.close();
      return { ...facts, form, refined, heap, heapLater, save };
    }

    /** Floor and popup in turn, `runs` times each. */
    async function sideBySide(label) {
      const floor = [];
      const popup = [];
      for (let i = 0; i < runs; i++) {
        floor.push(await floorRun());
        popup.push(await popupRun(`${label}-${i}`));
      }
      return { floor, popup };
    }

    /**
     * A context-menu capture with the worker asleep: DevTools stops every
     * worker, then the click's event wakes it (DevTools starts it, then the
     * test hook runs the menu's handler). The figure is from the wake-up to
     * the entry's commit (its capturedAt, stamped by the worker).
     */
    async function coldMenuCaptures(label) {
      const { page: article, tabId } = await bench.articleTab(`${label}-cold`);
      const devtools = await context.newCDPSession(article);
      await devtools.send('ServiceWorker.enable');
      const commits = [];
      for (let i = 0; i < coldRuns; i++) {
        await devtools.send('ServiceWorker.stopAllWorkers');
        const url = bench.articleUrl(`${label}-cold-${i}`);
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

    // One popup opening first, not counted: the browser's first extension
    // page, first IndexedDB open and first page script of the session.
    await popupRun(`${label}-warm-up`);
    return { ...(await sideBySide(label)), cold: await coldMenuCaptures(label) };
  }
}
