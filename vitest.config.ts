import { defineConfig } from 'vitest/config';

// Unit and component tests: Node for core logic, happy-dom where a file asks
// for it with `// @vitest-environment happy-dom`.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/project/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    benchmark: { include: ['test/bench/**/*.bench.ts'] },
  },
});
