// The texts the benchmarks run on: the fixtures' contact blocks, whole releases, and generated
// large and adversarial inputs. Everything is deterministic.
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const read = (path) => readFileSync(root + path, 'utf8')

/** Every contact block of tests/fixtures/blocks/*.jsonl, with its fixture's country. */
export function blocks() {
  const out = []
  for (const file of readdirSync(`${root}tests/fixtures/blocks`).sort())
    for (const line of read(`tests/fixtures/blocks/${file}`).split('\n'))
      if (line.trim()) {
        const j = JSON.parse(line)
        out.push({ text: j.text, country: j.defaultCountry })
      }
  return out
}

/** The whole releases: tests/fixtures/releases/*.txt and examples/release.txt. */
export function releases() {
  const files = readdirSync(`${root}tests/fixtures/releases`).filter((f) => f.endsWith('.txt'))
  return [...files.sort().map((f) => read(`tests/fixtures/releases/${f}`)), read('examples/release.txt')]
}

/** `unit` repeated to exactly `n` characters. */
export function fill(unit, n) {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n)
}

/** Ordinary text of `n` characters: the fixture releases one after another. */
export function ordinary(n) {
  return fill(`${releases().join('\n\n')}\n\n`, n)
}

/** Units repeated to make the issue's adversarial inputs. */
const REPEATED = {
  digits: '0123456789',
  'digits spaced': '1 2 3 4 5 6 7 8 9 ',
  '+(0) repeats': '+(0)',
  spaces: ' ',
  dots: '.',
  'x@ line': 'x@',
  'labels line': 'Tel.: Fax: Mobile: E-Mail: ',
  'label lines': 'Tél. :\n',
  'names line': 'Jean-Marc LE GALL ',
}

/**
 * Makers of 1 MB (or `n` characters) of each input that could make a matcher or a regex go quadratic:
 * functions, so that a text is built only when it is measured (bench.mjs builds one 4 MB text at a time).
 */
export function adversarial(n = 1_000_000) {
  const made = Object.fromEntries(Object.entries(REPEATED).map(([name, unit]) => [name, () => fill(unit, n)]))
  return {
    ...made,
    // our own (checked for linear growth by bench.mjs)
    'names and e-mails': () => namesAndEmails(n),
    'letters between contact lines': () => `Press Office\n${fill('Łukasz', n - 36)}\nTel. +33 1 44 76 75 39`,
    'overlapping number runs': () => fill('78/79\u0301ext. 204 씶+44 20 7946 0321 /', n),
    'e-mail, then one long word': () => `presse@example.fr ${fill('x', n - 18)}`,
  }
}

/** Lines of distinct made-up names, each with its own e-mail address: every name meets every address. */
function namesAndEmails(n) {
  const syl = ['ka', 'lo', 'mi', 'ren', 'ta', 'vo', 'sel', 'dri', 'nu', 'par']
  const word = (i) =>
    syl[i % 10] +
    syl[Math.floor(i / 10) % 10] +
    syl[Math.floor(i / 100) % 10] +
    syl[Math.floor(i / 1000) % 10]
  const cap = (w) => w[0].toUpperCase() + w.slice(1)
  const lines = []
  let size = 0
  for (let i = 0; size < n; i++) {
    const line = `${cap(word(i))} ${cap(word(i + 7))}    ${word(i)}.${word(i + 7)}@example.org\n`
    lines.push(line)
    size += line.length
  }
  return lines.join('').slice(0, n)
}
