import { fileURLToPath } from 'node:url';
import { crx } from '@crxjs/vite-plugin';
import { defineConfig } from 'vite';
import { manifestFor, parseTarget } from './scripts/manifest-for-target.ts';

// TARGET=chrome (default) → dist/, TARGET=firefox → dist-firefox/,
// TARGET=e2e → dist-e2e/ (Chrome build with the test hook and local host access),
// TARGET=firefox-e2e → dist-firefox-e2e/ (the same for Firefox).
const target = parseTarget(process.env.TARGET);

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: {
    // A compile-time constant: in shipped builds the test hook is dead code
    // and the bundler drops it (scripts/check-dist.mjs verifies it).
    __VEILLE_E2E__: JSON.stringify(target === 'e2e' || target === 'firefox-e2e'),
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
  },
  plugins: [
    crx({
      manifest: manifestFor(target),
      browser: target.startsWith('firefox') ? 'firefox' : 'chrome',
    }),
  ],
});
