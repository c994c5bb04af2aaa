import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/**/*.fuzz.test.ts', 'tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
})
