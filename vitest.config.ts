import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{server,views,solver,db,test}/**/*.test.{ts,tsx}'],
    globalSetup: ['test/global-setup.ts'],
    // CI also writes a JSON report, from which .ci/run prints the plain «N passed, N failed» line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
