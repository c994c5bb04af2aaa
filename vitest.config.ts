import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/**/*.fuzz.test.ts', 'tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    // FUZZ_SEED pins the property tests' seed (CI sets it, so that a run can be replayed and cannot fail
    // by the luck of the draw); without it every `npm test` explores new inputs
    setupFiles: ['tests/fuzz/seed.ts'],
  },
})
