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

/** 1 MB (or `n` characters) of each input that could make a matcher or a regex go quadratic. */
export function adversarial(n = 1_000_000) {
  return {
    digits: fill('0123456789', n),
    'digits spaced': fill('1 2 3 4 5 6 7 8 9 ', n),
    '+(0) repeats': fill('+(0)', n),
    spaces: fill(' ', n),
    dots: fill('.', n),
    'x@ line': fill('x@', n),
    'labels line': fill('Tel.: Fax: Mobile: E-Mail: ', n),
    'label lines': fill('Tél. :\n', n),
    'names line': fill('Jean-Marc LE GALL ', n),
    'names and e-mails': namesAndEmails(n),
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
