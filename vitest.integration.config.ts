import { defineConfig } from 'vitest/config';

// Integration tests: the exported post in real tools (a Hugo build). Node
// only, like the unit tests, but each needs a program from the system; a
// missing one fails its tests with the install command, it never skips them.
export default defineConfig({
  test: {
    include: ['test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
