import { defineConfig } from 'vitest/config'

// `npm run test:fuzz`: the long property runs, kept out of `npm test` (see vitest.config.ts).
export default defineConfig({
  test: {
    include: ['tests/fuzz/**/*.fuzz.test.ts'],
    setupFiles: ['tests/fuzz/seed.ts'],
    testTimeout: 30 * 60_000,
    hookTimeout: 60_000,
  },
})
