import { defineConfig } from 'vitest/config';

// Real-browser tests: each file launches the browser named by VEILLE_E2E_BROWSER
// (chromium, the default, or firefox) with its end-to-end build loaded.
// One file at a time: two browsers on two cores only slow each other down.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
