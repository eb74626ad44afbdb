import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // Playwright's end-to-end suite runs separately (npm run test:e2e).
    exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // better-sqlite3 is a native module: separate processes keep each test file's databases apart.
    pool: 'forks',
  },
});
