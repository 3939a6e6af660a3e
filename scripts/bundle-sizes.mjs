// The gzipped JavaScript each entry point of a build loads: a page's module
// scripts and every chunk they import statically, the worker's script and its
// chunks, the options page's render worker. Shared by `npm run bench` (which
// prints them) and scripts/check-sizes.mjs (which holds them to budgets).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

function chunksOf(dist, file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(path.join(dist, file), 'utf8');
  // Static imports only: `import("…")` chunks load when called (the popup's upgrade).
  for (const [, spec] of code.matchAll(/(?:^|[;\s}])(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    chunksOf(dist, path.posix.join(path.posix.dirname(file), spec), seen);
  }
  return seen;
}

function pageScripts(dist, html) {
  const text = readFileSync(path.join(dist, html), 'utf8');
  const files = new Set();
  for (const [, src] of text.matchAll(/<script[^>]+src="([^"]+)"/g)) {
    const file = src.startsWith('/')
      ? src.slice(1)
      : path.posix.join(path.posix.dirname(html), src);
    chunksOf(dist, path.posix.normalize(file), files);
  }
  return files;
}

const measure = (dist, files) => ({
  files: files.length,
  raw: files.reduce((sum, f) => sum + readFileSync(path.join(dist, f)).length, 0),
  gzipped: files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(dist, f))).length, 0),
});

/** The chunks `import()` of `pattern` loads that the options page does not already hold. */
function lazyChunk(dist, pattern) {
  const assets = readdirSync(path.join(dist, 'assets')).filter((f) => pattern.test(f));
  const options = pageScripts(dist, 'src/options/index.html');
  const files = new Set();
  for (const file of assets) chunksOf(dist, `assets/${file}`, files);
  return [...files].filter((file) => !options.has(file));
}

/** { popup, popupLater, options, worker, render, publish, settings, names, export }: files, raw and gzipped bytes. */
export function bundleSizes(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  const render = readdirSync(path.join(dist, 'assets'))
    .filter((f) => /^render-worker-.*\.js$/.test(f))
    .map((f) => `assets/${f}`);
  const popup = pageScripts(dist, 'src/popup/index.html');
  return {
    popup: measure(dist, [...popup]),
    // What the popup loads once its form is on screen (src/popup/later.ts: the
    // writer, the page's refinement, the status line's words, the suggestions'
    // ranking), beyond what its first paint already loaded.
    popupLater: measure(
      dist,
      [...chunksOf(dist, 'assets/popup-later.js')].filter((file) => !popup.has(file)),
    ),
    options: measure(dist, [...pageScripts(dist, 'src/options/index.html')]),
    worker: measure(dist, [...chunksOf(dist, manifest.background.service_worker)]),
    render: measure(dist, render),
    // The git layer (isomorphic-git, buffer), loaded by the options page on Publish only.
    publish: measure(dist, lazyChunk(dist, /^git-publish-.*\.js$/)),
    // The options page's views loaded on demand (src/options/app.tsx), each with what
    // it imports that the page does not already hold.
    settings: measure(dist, lazyChunk(dist, /^settings-page-.*\.js$/)),
    names: measure(dist, lazyChunk(dist, /^names-manager-.*\.js$/)),
    export: measure(dist, lazyChunk(dist, /^export-view-.*\.js$/)),
  };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
