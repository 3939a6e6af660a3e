import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig, type Plugin } from 'vite';
import { manifestFor, parseTarget } from './scripts/manifest-for-target.ts';
import { extractPageMetadata } from './src/core/page-script.ts';
import { PAGE_SCRIPT_FILE } from './src/platform/page-script-file.ts';

// TARGET=chrome (default) → dist/, TARGET=firefox → dist-firefox/,
// TARGET=e2e → dist-e2e/ (Chrome build with the test hook and local host access),
// TARGET=firefox-e2e → dist-firefox-e2e/ (the same for Firefox).
const target = parseTarget(process.env.TARGET);

const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const POPUP = source('./src/popup/main.tsx');
const WORKER = source('./src/background/index.ts');
const POPUP_LATER = source('./src/popup/later.ts');

/** The modules an entry loads at once: its static imports, transitively. */
interface ModuleGraph {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}
const reachCache = new WeakMap<ModuleGraph, Map<string, Set<string>>>();
function staticallyReached(graph: ModuleGraph, entry: string): Set<string> {
  const byEntry = reachCache.get(graph) ?? new Map<string, Set<string>>();
  reachCache.set(graph, byEntry);
  let seen = byEntry.get(entry);
  if (seen) return seen;
  seen = new Set<string>();
  const stack = [entry];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  byEntry.set(entry, seen);
  return seen;
}

/**
 * The popup's chunks. Left to itself, Rolldown makes one chunk per set of
 * entries sharing a module: the popup then loads four files (its own, the
 * UI shared with the options page, the store shared with the worker, and
 * what all three share), and each file is gzipped apart. Everything the
 * popup and the worker both load goes into one `hot` chunk instead: the
 * popup loads three files (its own, Preact and the UI parts, `hot`), the
 * worker two. The options page loads `hot` whole, some of it unused there.
 */
function hotChunk(id: string, graph: ModuleGraph): string | null {
  const popup = staticallyReached(graph, POPUP).has(id);
  const worker = staticallyReached(graph, WORKER).has(id);
  if (popup) return worker ? 'hot' : null;
  // What the popup loads once its form is on screen and the worker at once:
  // the capture's writer. One file for both.
  return worker && staticallyReached(graph, POPUP_LATER).has(id) ? 'hot-write' : null;
}

/**
 * The popup's scripts loaded by their address (main.tsx), under fixed names:
 * a plain `import()` would bring Vite's preload helper (1.3 KB gzipped) into
 * every popup opening. The rare Dexie upgrade (src/popup/upgrade.ts), and
 * what the popup loads once its form is on screen (src/popup/later.ts).
 */
const BY_ADDRESS = {
  'assets/upgrade.js': './src/popup/upgrade.ts',
  'assets/popup-later.js': './src/popup/later.ts',
};
const byAddress: Plugin = {
  name: 'veille-scripts-by-address',
  apply: 'build',
  buildStart() {
    for (const [fileName, file] of Object.entries(BY_ADDRESS)) {
      this.emitFile({ type: 'chunk', id: source(file), fileName, preserveSignature: 'strict' });
    }
  },
};

/**
 * The page-reading script (src/core/page-script.ts) as a file of its own,
 * injected with `scripting.executeScript({ files })` (platform/tabs.ts): the
 * popup and the worker then do not carry it. The function is written out as
 * it runs with `executeScript({ func })`, self-contained, called at once; the
 * script's value is its result.
 */
const pageScript: Plugin = {
  name: 'veille-page-script',
  apply: 'build',
  generateBundle() {
    this.emitFile({
      type: 'asset',
      fileName: PAGE_SCRIPT_FILE,
      source: `(${extractPageMetadata.toString()})();\n`,
    });
  },
};

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: {
    // A compile-time constant: in shipped builds the test hook is dead code
    // and the bundler drops it (scripts/check-dist.mjs verifies it).
    __VEILLE_E2E__: JSON.stringify(target === 'e2e' || target === 'firefox-e2e'),
    // Firefox builds drop Chrome's offscreen document for background sync.
    __VEILLE_FIREFOX__: JSON.stringify(target.startsWith('firefox')),
  },
  resolve: {
    alias: {
      // micromark decodes `&name;` through a detached DOM element in its
      // "browser" build; the post renders in a worker, which has no DOM: the
      // table-based build works everywhere.
      'decode-named-character-reference': fileURLToPath(
        import.meta.resolve('decode-named-character-reference'),
      ),
      // The git layer's SHA-1 without get-intrinsic's `eval` (see the shim).
      'typed-array-buffer': fileURLToPath(
        new URL('./scripts/shims/typed-array-buffer.cjs', import.meta.url),
      ),
    },
  },
  build: {
    outDir: target === 'chrome' ? 'dist' : `dist-${target}`,
    emptyOutDir: true,
    // Extension pages load from disk: no need for legacy chunks or preload polyfills.
    modulePreload: { polyfill: false },
    target: 'es2022',
    rolldownOptions: {
      // Chrome's offscreen document for background sync (src/platform/sync-document.ts):
      // no manifest key names it, so it is an input of its own.
      input: target.startsWith('firefox')
        ? {}
        : { 'sync-document': source('./src/background/sync-document.html') },
      output: { codeSplitting: { groups: [{ name: hotChunk, debugName: 'hot' }] } },
    },
  },
  plugins: [
    byAddress,
    pageScript,
    crx({
      manifest: manifestFor(target),
      browser: target.startsWith('firefox') ? 'firefox' : 'chrome',
    }),
  ],
});
