import { defineConfig } from 'vitest/config';

const browser = process.env.VEILLE_E2E_BROWSER ?? 'chromium';

// Real-browser tests: each file launches the browser named by VEILLE_E2E_BROWSER
// (chromium, the default, or firefox) with its end-to-end build loaded.
// A file named *.firefox.e2e.test.ts checks what only Firefox does (its event
// page, storage.sync turned off) and runs in the Firefox run alone; likewise
// *.chromium.e2e.test.ts (stopping the service worker) in the Chromium run.
// One file at a time: two browsers on two cores only slow each other down.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    exclude: [`test/e2e/**/*.${browser === 'firefox' ? 'chromium' : 'firefox'}.e2e.test.ts`],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
