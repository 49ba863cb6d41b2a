import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{server,views,solver,db,test}/**/*.test.{ts,tsx}'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
