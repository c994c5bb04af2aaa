// Differential check for behaviour-preserving performance changes: runs the same texts through two
// builds of the library and reports any difference in their results.
// Usage: node bench/diff-outputs.mjs BASE_DIST_DIR [NEW_DIST_DIR=dist]
import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const [baseDir, newDir = 'dist'] = process.argv.slice(2)
if (!baseDir) {
  console.error('usage: node bench/diff-outputs.mjs BASE_DIST_DIR [NEW_DIST_DIR]')
  process.exit(2)
}
const load = (dir) => import(pathToFileURL(resolve(dir, 'index.js')).href)
const [a, b] = await Promise.all([load(baseDir), load(newDir)])

const texts = []
const jsonl = (file) => {
  for (const line of readFileSync(file, 'utf8').split('\n'))
    if (line.trim()) {
      const j = JSON.parse(line)
      texts.push({
        id: j.id ?? file,
        text: j.text,
        options: j.defaultCountry ? { defaultCountry: j.defaultCountry } : {},
      })
      texts.push({ id: `${j.id ?? file}/nocc`, text: j.text, options: {} })
    }
}
for (const f of readdirSync('tests/fixtures/blocks')) jsonl(`tests/fixtures/blocks/${f}`)
for (const f of ['../shared/corpus/dev.jsonl', '../shared/corpus/real.jsonl'])
  try {
    jsonl(f)
  } catch {}
const releases = readdirSync('tests/fixtures/releases').filter((f) => f.endsWith('.txt'))
for (const f of releases)
  texts.push({ id: f, text: readFileSync(`tests/fixtures/releases/${f}`, 'utf8'), options: {} })
texts.push({ id: 'example', text: readFileSync('examples/release.txt', 'utf8'), options: {} })
// shuffled lines of everything: new neighbourhoods for the same lines (deterministic)
const all = texts
  .map((t) => t.text)
  .join('\n')
  .split('\n')
let seed = 42
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
for (let k = 0; k < 200; k++) {
  const n = 3 + Math.floor(rnd() * 20)
  const pick = Array.from({ length: n }, () => all[Math.floor(rnd() * all.length)])
  texts.push({ id: `mix${k}`, text: pick.join(rnd() < 0.5 ? '\n' : '\n\n'), options: {} })
}
let diffs = 0
for (const t of texts) {
  const run = (lib) => {
    try {
      return JSON.stringify(lib.extractContacts(t.text, t.options))
    } catch (e) {
      return `throws ${e.code ?? e.message}`
    }
  }
  const x = run(a)
  const y = run(b)
  if (x !== y) {
    diffs++
    if (diffs <= (Number(process.env.SHOW) || 5))
      console.log(`DIFF ${t.id}\n  base: ${x.slice(0, 300)}\n  new:  ${y.slice(0, 300)}`)
  }
}
console.log(`${texts.length} texts, ${diffs} differ`)
process.exitCode = diffs ? 1 : 0
