import { configDefaults, defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // the real-browser test of the playground runs in `npm run test:browser` (test/browser/vitest.config.ts)
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    testTimeout: 60_000,
  },
})
