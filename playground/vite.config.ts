import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// The playground is static files: `vite build` writes playground/dist/ (HTML, one JS, one CSS), which any
// static host serves. It imports the library by its public name; the alias points at the source entry, so
// the page always shows what src/index.ts exports.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: {
    alias: { 'press-contacts': fileURLToPath(new URL('../src/index.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No chunk is loaded lazily: once the page is loaded it has all it needs, and works offline.
    modulePreload: false,
    reportCompressedSize: true,
  },
  server: { fs: { allow: ['..'] } },
})
