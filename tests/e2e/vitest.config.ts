import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

// The browser tests: `npm run test:e2e` builds the playground, then runs these against the static files
// in headless Chromium. They stay out of `npm test`, which needs no browser.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
})
