import { defineConfig } from 'vitest/config';

// Two cores: two forks. Every test file gets its own database (PGlite in memory, or a fresh PostgreSQL
// database when DATABASE_URL is set), so files never share state.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
