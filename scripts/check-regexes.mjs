#!/usr/bin/env node
// Checks that no regular expression in src/ can take super-linear time.
//
// 1. Every regex literal in src/**/*.ts is analysed by recheck (https://makenowjust-labs.github.io/recheck/),
//    which finds both exponential and polynomial (quadratic and worse) backtracking and gives an attack
//    string for it. A pattern V8 searches from every start position, like /[.:]+$/, is quadratic on a long
//    run that stops short of the end: that is the case we met, not only the textbook /(a+)+$/.
// 2. A pattern recheck flags is run in V8 on its attack string at 5,000 and 20,000 pumps. Linear time grows
//    about 4×; quadratic about 16×. Above 8× the pattern fails, unless it is listed in BOUNDED below with the
//    reason its input is short whatever the text (its cost is then a constant per use).
// 3. A pattern built at run time (`new RegExp(…)`) cannot be analysed here: each must be listed in DYNAMIC
//    with the reason it is safe, so a new one fails until someone has looked at it.
//
// Usage: node scripts/check-regexes.mjs [--verbose]      (exit 1 on a failure)
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { check } from 'recheck'
import ts from 'typescript'

const ROOT = new URL('..', import.meta.url).pathname
const verbose = process.argv.includes('--verbose')

/** Patterns recheck flags whose input is bounded by the code that calls them: [file, source prefix, why]. */
const BOUNDED = [
  [
    'src/extract/lines.ts',
    String.raw`\s*\([^)]*\)\s*$`,
    'an organisation after "For …:", at most 80 characters',
  ],
  ['src/extract/lines.ts', String.raw`\s*:$`, 'a whole line of under 90 characters'],
  ['src/extract/phones.ts', String.raw`(?:^|[^\p{L}])(isbn|issn`, 'the 40 characters before a number'],
  ['src/extract/phones.ts', String.raw`\s+(?=00[1-9]\d)`, 'a number run: at most 41 digits, single spaces'],
  ['src/extract/phones.ts', String.raw`(\d+)\D*$`, 'a piece of a number run (at most 41 digits)'],
  ['src/extract/phones.ts', String.raw`\d+(\D*)$`, 'a piece of a number run (at most 41 digits)'],
  ['src/extract/phones.ts', '[.:]+$', 'a label within the 40 characters before a number'],
  ['src/extract/phones.ts', String.raw`[\s:]+$`, 'a label within the 40 characters before a number'],
  ['src/extract/phones.ts', String.raw`^\s*[,;]?\s*(?:\(\s*)?`, 'the 40 characters after a number'],
]

/** `new RegExp(…)` sites, by file and a piece of their first argument's text, and why each is safe. */
const DYNAMIC = [
  ['src/phone.ts', 'idd})', "libphonenumber-js metadata, on a number's digits (at most 17)"],
  ['src/phone.ts', 'forParsing})', "libphonenumber-js metadata, on a number's digits (at most 17)"],
  ['src/phone.ts', 'union.map', "libphonenumber-js metadata, on a number's digits (at most 17)"],
  ['src/phone.ts', 'pattern})$', "libphonenumber-js metadata, on a number's digits (at most 17)"],
  ['src/phone.ts', 'nationalNumberPattern()', "libphonenumber-js metadata, on a number's digits"],
  ['src/extract/lines.ts', 'SENTENCE_END.source', 'the SENTENCE_END literal, checked here'],
  ['src/extract/obfuscation.ts', '(?<![', 'at most 200 characters before an at token'],
  ['src/extract/obfuscation.ts', 'LABEL}(?:', 'at most 200 characters after an at token'],
  ['src/extract/obfuscation.ts', 'DOT', 'a decoded local part or domain (at most 200 characters)'],
]
const reviews = (site, [file, piece]) =>
  file === site.file && (site.arg === piece || site.arg.includes(piece))

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : []
  })
}

const literals = []
const dynamic = []
for (const path of sourceFiles(join(ROOT, 'src'))) {
  const file = relative(ROOT, path)
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)
  const visit = (node) => {
    const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText()
      const slash = text.lastIndexOf('/')
      literals.push({ file, line, source: text.slice(1, slash), flags: text.slice(slash + 1) })
    } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp') {
      dynamic.push({ file, line, arg: node.arguments?.[0]?.getText() ?? '' })
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
}

/** V8's time on the attack string at `n` pumps, best of three. */
function v8Time(literal, attack, n) {
  const text = attack.pumps.map((p) => p.prefix + p.pump.repeat(n)).join('') + attack.suffix
  const re = new RegExp(literal.source, literal.flags)
  let best = Number.POSITIVE_INFINITY
  for (let k = 0; k < 3; k++) {
    const t = performance.now()
    re.lastIndex = 0
    if (re.global) for (const _ of text.matchAll(re));
    else re.test(text)
    best = Math.min(best, performance.now() - t)
  }
  return best
}

const failures = []
const counts = { safe: 0, linear: 0, bounded: 0, unknown: 0 }
for (const literal of literals) {
  const where = `${literal.file}:${literal.line} /${literal.source}/${literal.flags}`
  const result = await check(literal.source, literal.flags.replace(/[gyd]/g, ''), {
    timeout: 10_000,
    randomSeed: 20261127,
  })
  if (result.status === 'safe') {
    counts.safe++
    continue
  }
  if (result.status !== 'vulnerable' || !result.attack) {
    // recheck gave up (timeout or unsupported syntax): reported, not failed, as it proves nothing either way
    counts.unknown++
    console.log(`?    ${where}  (recheck: ${result.status}${result.error ? ` ${result.error.kind}` : ''})`)
    continue
  }
  const kind = `${result.complexity.type}${result.complexity.degree ? ` ${result.complexity.degree}` : ''}`
  const bounded = BOUNDED.find(([file, prefix]) => file === literal.file && literal.source.startsWith(prefix))
  if (bounded) {
    counts.bounded++
    if (verbose) console.log(`ok   ${where}  (recheck: ${kind}; bounded: ${bounded[2]})`)
    continue
  }
  let small = v8Time(literal, result.attack, 5_000)
  let large = v8Time(literal, result.attack, 20_000)
  let growth = large / Math.max(small, 0.05)
  if (growth > 6) {
    // near the line, times of a few milliseconds are noisy: measure again on inputs twice as long
    small = v8Time(literal, result.attack, 10_000)
    large = v8Time(literal, result.attack, 40_000)
    growth = Math.min(growth, large / Math.max(small, 0.05))
  }
  if (growth <= 8) {
    counts.linear++
    if (verbose) console.log(`ok   ${where}  (recheck: ${kind}; V8 ×${growth.toFixed(1)} for 4× input)`)
    continue
  }
  failures.push(
    `${where}: ${kind} in recheck, V8 ×${growth.toFixed(1)} for 4× input (${small.toFixed(1)} → ${large.toFixed(1)} ms)`,
  )
}
for (const entry of BOUNDED)
  if (!literals.some((l) => l.file === entry[0] && l.source.startsWith(entry[1])))
    failures.push(`BOUNDED lists ${entry[0]} /${entry[1]}…/, which is gone`)
for (const site of dynamic)
  if (!DYNAMIC.some((entry) => reviews(site, entry)))
    failures.push(
      `${site.file}:${site.line} new RegExp(${site.arg.slice(0, 60)}…) is not reviewed in DYNAMIC`,
    )
for (const entry of DYNAMIC)
  if (!dynamic.some((site) => reviews(site, entry)))
    failures.push(`DYNAMIC lists ${entry[0]} new RegExp(…${entry[1]}…), which is gone`)

console.log(
  `${literals.length} regex literals: ${counts.safe} safe, ${counts.linear} linear in V8 though flagged, ` +
    `${counts.bounded} on bounded input, ${counts.unknown} undecided; ${dynamic.length} built at run time, reviewed`,
)
for (const f of failures) console.log(`FAIL ${f}`)
process.exit(failures.length ? 1 : 0)
