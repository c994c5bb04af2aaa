// Bundles the library entry (src/index.ts) with its dependencies for the browser platform and
// fails when anything in it imports a Node built-in (`node:fs`, `fs`, …): the core must run in a
// browser or a worker. Usage: node scripts/check-browser.mjs [ENTRY]
import { builtinModules } from 'node:module'
import { build } from 'esbuild'

const entry = process.argv[2] ?? 'src/index.ts'
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))
const offenders = []
const result = await build({
  entryPoints: [entry],
  bundle: true,
  write: false,
  platform: 'browser',
  format: 'esm',
  metafile: true,
  logLevel: 'silent',
  plugins: [
    {
      name: 'no-node-builtins',
      setup(b) {
        b.onResolve({ filter: /.*/ }, (args) => {
          if (args.path.startsWith('node:') || builtins.has(args.path)) {
            offenders.push(`${args.importer}: imports '${args.path}'`)
            return { path: args.path, external: true }
          }
          return undefined
        })
      },
    },
  ],
}).catch((err) => {
  for (const e of err.errors ?? []) console.error(`${e.location?.file ?? entry}: ${e.text}`)
  process.exit(1)
})
if (offenders.length > 0) {
  console.error(`check-browser: ${entry} pulls in Node built-ins:\n  ${offenders.join('\n  ')}`)
  process.exit(1)
}
const bytes = result.outputFiles.reduce((n, f) => n + f.contents.length, 0)
const inputs = Object.keys(result.metafile.inputs).length
console.log(
  `check-browser: ok, ${entry} bundles for the browser (${inputs} modules, ${bytes} bytes, no node: import)`,
)
