import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const pkg = JSON.parse(readFileSync('./package.json', 'utf8')) as { version: string }

// One output module per source file (no bundling): with "sideEffects": false, a consumer's bundler
// drops every module whose exports it does not use, so `import { extractContacts }` does not pull
// in the vCard reader (ical.js) or the directory.
export default defineConfig({
  entry: ['src/**/*.ts'],
  format: ['esm'],
  target: 'node20',
  platform: 'neutral',
  bundle: false,
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: false,
  define: { __VERSION__: JSON.stringify(pkg.version) },
})
