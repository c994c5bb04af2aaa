// Prints every labelled fixture (blocks, whole releases, held-out sets) as one JSONL corpus on
// stdout, in the shape ../shared/tools/score.mjs reads: `npm run score:fixtures`.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../fixtures/', import.meta.url).pathname
for (const dir of ['blocks', 'holdout'])
  for (const f of readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.jsonl'))
    .sort())
    for (const line of readFileSync(join(root, dir, f), 'utf8').split('\n'))
      if (line.trim()) console.log(line)
for (const f of readdirSync(join(root, 'releases'))
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const meta = JSON.parse(readFileSync(join(root, 'releases', f.replace(/\.txt$/, '.expected.json')), 'utf8'))
  const text = readFileSync(join(root, 'releases', f), 'utf8')
  console.log(
    JSON.stringify({
      id: f,
      lang: f.slice(0, 2),
      layout: 'release',
      defaultCountry: meta.defaultCountry,
      text,
      expected: meta.expected,
    }),
  )
}
