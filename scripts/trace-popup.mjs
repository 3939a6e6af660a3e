// `node scripts/trace-popup.mjs` (after `npm run build:e2e`): where the
// popup's milliseconds go, from Chromium traces (DevTools' Tracing domain) of
// the popup opened on a local article, beside the empty extension page. Prints
// the median time of each step from navigation start, over several openings.
// It asserts nothing; README's Performance section quotes a run.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { formShown, launchBench, median } from './bench-browser.mjs';

const RUNS = Number(process.env.RUNS ?? 7);
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink',
  'blink.user_timing',
  'toplevel',
  'loading',
  'navigation',
  'IndexedDB',
  'extensions',
].join(',');

/**
 * Loads `url` in a new page under a trace; `until(page)` ends the recording,
 * started once the navigation reached `waitUntil`.
 */
async function traced(context, url, until, waitUntil = 'load') {
  const page = await context.newPage();
  const devtools = await context.newCDPSession(page);
  const events = [];
  devtools.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => devtools.once('Tracing.tracingComplete', resolve));
  await devtools.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil });
  const result = await until(page);
  await devtools.send('Tracing.end');
  await complete;
  await page.close();
  return { events, result };
}

/**
 * The steps of one page load, in ms from its navigation start (null when
 * absent); null when the trace missed the navigation (it then says nothing).
 */
function steps(events) {
  const start = events.filter((e) => e.name === 'navigationStart').at(-1);
  if (!start) return null;
  const own = events.filter((e) => e.pid === start.pid && e.ts >= start.ts);
  const at = (e, end = false) => (e ? (e.ts + (end ? (e.dur ?? 0) : 0) - start.ts) / 1000 : null);
  const first = (name, test = () => true) => own.find((e) => e.name === name && test(e));
  // The page's scripts, asked before any ran: popup-later.js and its chunks,
  // asked once the form is on screen, apart.
  const evaluation = first('v8.evaluateModule');
  const scripts = own.filter(
    (e) =>
      e.name === 'ResourceSendRequest' &&
      /\.js$/.test(e.args?.data?.url ?? '') &&
      (!evaluation || e.ts < evaluation.ts),
  );
  const ids = new Set(scripts.map((e) => e.args.data.requestId));
  const finished = own.filter(
    (e) => e.name === 'ResourceFinish' && ids.has(e.args?.data?.requestId),
  );
  const sum = (name) =>
    own.filter((e) => e.name === name).reduce((total, e) => total + (e.dur ?? 0), 0) / 1000;
  const requests = own.filter((e) => e.name === 'NativeExtensionBindingsSystem::SendRequest');
  // The entry is looked up by URL twice: the tab's (the form painted from the
  // tab), then the page's (the form refined when the page answered).
  const lookups = own.filter((e) => e.name === 'IDBIndex::get' && e.ph === 'b');
  const draft = own.filter((e) => e.name === 'IDBObjectStore::get' && e.ph === 'e')[0];
  const opening = own.filter((e) => e.name === 'IDBFactory::open');
  return {
    committed: at(first('CommitNavigationEnd') ?? first('commitNavigationEnd')),
    dcl: at(first('MarkDOMContent')),
    scriptsAsked: at(scripts[0]),
    scriptsLoaded: finished.length ? at(finished.at(-1)) : null,
    compile: sum('v8.compileModule'),
    evaluated: at(first('v8.evaluateModule'), true),
    evaluate: sum('v8.evaluateModule'),
    firstPaint: at(first('firstPaint')),
    // The third request is the page reading (scripting.executeScript), sent
    // when tabs.get answered; settings and the tab are asked at evaluation.
    tabAnswered: at(requests[2]),
    tabLookup: at(lookups[0]),
    pageRead: at(lookups[1]),
    dbOpened: at(opening.find((e) => e.ph === 'e')),
    dbOpenAsked: at(opening.find((e) => e.ph === 'b')),
    lookedUp: at(draft),
  };
}

const chrome = [process.env.CHROME_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (!chrome) throw new Error('No Chromium: apt-get install -y chromium, or set CHROME_PATH.');
const bench = await launchBench({ chrome, dist: path.resolve('dist-e2e') });
const floors = [];
const popups = [];
try {
  const warm = await bench.articleTab('warm-up');
  await traced(
    bench.context,
    bench.popupUrl(warm.tabId),
    (page) => formShown(bench.context, page),
    'commit',
  );
  for (let i = 0; i < RUNS; i++) {
    const floor = steps((await traced(bench.context, bench.floorUrl, async () => 0)).events);
    if (floor) floors.push(floor);
    const { page, tabId } = await bench.articleTab(`trace-${i}`);
    // From the document's commit: the form may be on screen before the load
    // event, and formShown only sees frames from the moment it starts.
    const { events, result } = await traced(
      bench.context,
      bench.popupUrl(tabId),
      (page) => formShown(bench.context, page),
      'commit',
    );
    const popup = steps(events);
    if (popup) popups.push({ ...popup, form: result.shown, refined: result.refined });
    await page.close();
  }
} finally {
  await bench.close();
}

const m = (runs, key) => median(runs.map((r) => r[key]));
const line = (what, value) =>
  console.log(
    `  ${what.padEnd(58)} ${Number.isNaN(value) ? '-' : value.toFixed(1).padStart(6)} ms`,
  );
console.log(
  `${bench.version}, traced (tracing slows every step); medians of ${floors.length} floors, ${popups.length} popups`,
);
console.log('The floor (an empty page of the extension)');
line('renderer committed the document (V8 context ready)', m(floors, 'committed'));
line('DOMContentLoaded', m(floors, 'dcl'));
console.log('The popup');
line('renderer committed the document (V8 context ready)', m(popups, 'committed'));
line('its scripts asked (preload scanner)', m(popups, 'scriptsAsked'));
line('DOMContentLoaded (the script is async)', m(popups, 'dcl'));
line('first paint (the static frame)', m(popups, 'firstPaint'));
line('its scripts loaded (the last one)', m(popups, 'scriptsLoaded'));
line('  module compile, main thread (sum)', m(popups, 'compile'));
line('  module evaluation (sum)', m(popups, 'evaluate'));
line('evaluated: database, settings, tab asked', m(popups, 'evaluated'));
line('tabs.get answered, page reading asked', m(popups, 'tabAnswered'));
line('database open (asked at evaluation)', m(popups, 'dbOpened'));
line("entry looked up by the tab's URL", m(popups, 'tabLookup'));
line('entry and draft looked up', m(popups, 'lookedUp'));
line("form on screen with the tab's title (its frame)", m(popups, 'form'));
line('page read (scripting.executeScript answered, its look-up)', m(popups, 'pageRead'));
line("form refined with the page's answer (its frame)", m(popups, 'refined'));
