import { defineConfig } from 'vitest/config'

// npm run test:browser: the playground page in a real headless Chromium (not part of `npm test`).
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
