import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Contact } from '../../src/index.js'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

export interface ExpectedPhone {
  e164: string
  type: string
  ext: string | null
}
export interface ExpectedContact {
  kind: 'individual' | 'org'
  name: string | null
  title: string | null
  organization: string | null
  phones: ExpectedPhone[]
  emails: string[]
  urls: string[]
}
export interface Row {
  id: string
  lang: string
  layout: string
  defaultCountry: string | null
  text: string
  expected: ExpectedContact[]
}

export function readJsonl(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row)
}

/** Every labelled block of our own fixtures. */
export function fixtureRows(): Row[] {
  const dir = join(ROOT, 'tests', 'fixtures', 'blocks')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(dir, f)))
}

/** Blocks written blind to our rules (real-world shapes), kept to measure how the rules generalise. */
export function holdoutRows(): Row[] {
  const dir = join(ROOT, 'tests', 'fixtures', 'holdout')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => readJsonl(join(dir, f)))
}

/** Whole releases with their expected contacts. */
export function releaseRows(): Row[] {
  const dir = join(ROOT, 'tests', 'fixtures', 'releases')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const meta = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.expected.json')), 'utf8')) as {
        defaultCountry: string | null
        expected: ExpectedContact[]
      }
      return {
        id: f,
        lang: f.slice(0, 2),
        layout: 'release',
        defaultCountry: meta.defaultCountry,
        text: readFileSync(join(dir, f), 'utf8'),
        expected: meta.expected,
      }
    })
}

const norm = (s: string | null | undefined) =>
  (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()
const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && new Set(a).size === new Set(b).size && a.every((x) => b.includes(x))

/** Matches records the way the project's scorer does: by e-mail, then name, then phone. */
export function compare(expected: ExpectedContact[], got: Contact[]) {
  const used = new Set<number>()
  const misses: string[] = []
  let exact = 0
  for (const e of expected) {
    const ee = e.emails.map(norm)
    const ep = e.phones.map((p) => p.e164)
    let j = got.findIndex((g, k) => !used.has(k) && g.emails.some((x) => ee.includes(norm(x))))
    if (j < 0) j = got.findIndex((g, k) => !used.has(k) && e.name !== null && norm(g.name) === norm(e.name))
    if (j < 0) j = got.findIndex((g, k) => !used.has(k) && g.phones.some((p) => ep.includes(p.e164)))
    if (j < 0) {
      misses.push(`missed ${e.name ?? ee[0] ?? ep[0]}`)
      continue
    }
    used.add(j)
    const g = got[j]!
    const ok =
      (e.kind === 'org') === (g.kind === 'org') &&
      (e.kind === 'org' || norm(g.name) === norm(e.name)) &&
      sameSet(
        g.phones.map((p) => p.e164),
        ep,
      ) &&
      sameSet(g.emails.map(norm), ee)
    if (ok) exact++
    else
      misses.push(
        `inexact ${e.name ?? ee[0] ?? ep[0]} -> ${JSON.stringify({ kind: g.kind, name: g.name, phones: g.phones.map((p) => p.e164), emails: g.emails })}`,
      )
  }
  return { exact, total: expected.length, extra: got.length - used.size, misses }
}
