#!/usr/bin/env node
// Generate the vCard files the interop checkers read, from the built package.
//
//   node tests/interop/generate.mjs OUTDIR [CORPUS.jsonl ...] [--revision STRING | --no-revision] [--no-tricky]
//
// Rows: every CORPUS.jsonl given (default: <repo>/../shared/corpus/dev.jsonl, skipped quietly when
// missing) plus every <repo>/tests/fixtures/blocks/*.jsonl. Each row is a JSON object with `text`
// and `defaultCountry` (as in shared/corpus). For each row, extractContacts(text, {defaultCountry})
// and, when it finds contacts, toVCard(contacts, {version, revision}) for 3.0 and 4.0; the outputs
// are concatenated in row order into OUTDIR/all-3.0.vcf and OUTDIR/all-4.0.vcf. Then the hand-made
// contacts of tests/interop/tricky-contacts.json (commas, semicolons, backslashes, line breaks,
// long Greek and Japanese text, emoji, extensions) go straight to toVCard as one last row
// (--no-tricky leaves them out). The revision (default 2024-03-12T10:30:00Z, or INTEROP_REVISION)
// is passed in turn as that string, as a Date, and not at all, row after row.
//
// Also written:
//   OUTDIR/expected.json  { counts: {"3.0": n, "4.0": n}, contacts: [{source, versions, fn, tel, email}],
//                           rows, formatProblems }  where tel is "+E164" or "+E164;ext=N"
//                           (the normalised form the checkers compare to) and email the addresses.
//   OUTDIR/expected.tsv   the same contacts for EzCheck.java: versions, source, FN, TELs, EMAILs; tab-separated,
//                           each field percent-encoded, lists comma-separated.
//
// It checks the raw text of each toVCard output too (the "format" check): CRLF line ends only,
// a final CRLF, physical lines of at most 75 octets (RFC 2426 / RFC 6350 folding), continuation
// lines starting with a space or tab, no lone surrogates or U+FFFD, no control characters,
// one BEGIN:VCARD/END:VCARD per contact, VERSION as requested.
//
// expected.json lists, per contact, the versions whose file holds its card (toVCard may throw for
// one version only), and counts per version accordingly.
//
// Exit: 0 ok; 3 files written but format problems found (listed); 1 cannot generate.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '..', '..')
const VERSIONS = ['3.0', '4.0']

function usage(msg) {
  if (msg) console.error(`generate: ${msg}`)
  console.error(
    'usage: node tests/interop/generate.mjs OUTDIR [CORPUS.jsonl ...] [--revision STRING | --no-revision] [--no-tricky]',
  )
  process.exit(1)
}

const args = process.argv.slice(2)
let revision = process.env.INTEROP_REVISION ?? '2024-03-12T10:30:00Z'
let withTricky = true
const positional = []
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--revision') revision = args[++i]
  else if (args[i] === '--no-revision') revision = undefined
  else if (args[i] === '--no-tricky') withTricky = false
  else positional.push(args[i])
}
const [outDir, ...corpusArgs] = positional
if (!outDir) usage('missing OUTDIR')

const distPath = join(repoRoot, 'dist', 'index.js')
if (!existsSync(distPath)) {
  console.error(`generate: ${relative(process.cwd(), distPath)} is missing: run \`npm run build\` first`)
  process.exit(1)
}
const lib = await import(pathToFileURL(distPath).href)
for (const name of ['extractContacts', 'toVCard']) {
  if (typeof lib[name] !== 'function') {
    console.error(`generate: dist/index.js does not export a function ${name}`)
    process.exit(1)
  }
}

// Sources of rows.
const sources = []
if (corpusArgs.length > 0) {
  for (const p of corpusArgs) {
    if (!existsSync(p)) usage(`no such corpus file: ${p}`)
    sources.push(resolve(p))
  }
} else {
  const dev = resolve(repoRoot, '..', 'shared', 'corpus', 'dev.jsonl')
  if (existsSync(dev)) sources.push(dev)
}
const blocksDir = join(repoRoot, 'tests', 'fixtures', 'blocks')
if (existsSync(blocksDir)) {
  for (const f of readdirSync(blocksDir).sort()) if (f.endsWith('.jsonl')) sources.push(join(blocksDir, f))
}

const rows = []
for (const file of sources) {
  const lines = readFileSync(file, 'utf8').split('\n')
  lines.forEach((line, i) => {
    if (!line.trim()) return
    let row
    try {
      row = JSON.parse(line)
    } catch (e) {
      console.error(`generate: ${file}:${i + 1}: not JSON (${e.message}), row skipped`)
      return
    }
    if (typeof row.text !== 'string') return
    rows.push({ ...row, where: `${relative(repoRoot, file)}:${i + 1}${row.id ? ` (${row.id})` : ''}` })
  })
}

const formatProblems = []
const expectedContacts = []
const out = { '3.0': [], '4.0': [] }
let rowsWithContacts = 0

const octets = (s) => Buffer.byteLength(s, 'utf8')
const show = (s) => JSON.stringify(s.length > 90 ? `${s.slice(0, 90)}…` : s)

function checkFormat(text, version, nContacts, where) {
  const bad = (msg) => formatProblems.push(`${where} v${version}: ${msg}`)
  if (typeof text !== 'string') return bad(`toVCard returned ${typeof text}, not a string`)
  if (!text.endsWith('\r\n')) bad('output does not end with CRLF')
  const bareLf = text.match(/(?<!\r)\n/g)?.length ?? 0
  const bareCr = text.match(/\r(?!\n)/g)?.length ?? 0
  if (bareLf) bad(`${bareLf} bare LF line end(s) (vCard requires CRLF)`)
  if (bareCr) bad(`${bareCr} bare CR(s)`)
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text))
    bad('lone UTF-16 surrogate (split character?)')
  if (text.includes('\uFFFD')) bad('U+FFFD replacement character in output')
  // Bare LF / CR are reported above; split on any line end so one bad ending does not cascade.
  const lines = text.split(/\r\n|\n|\r/)
  if (lines.at(-1) === '') lines.pop()
  let begins = 0
  let ends = 0
  let versionsOk = 0
  lines.forEach((line, i) => {
    const n = octets(line)
    if (n > 75) bad(`line ${i + 1} is ${n} octets (> 75, not folded): ${show(line)}`)
    if (/[\u0000-\u0008\u000A-\u001F\u007F]/.test(line))
      bad(`line ${i + 1} has a control character: ${show(line)}`)
    if (line === '') bad(`line ${i + 1} is empty`)
    if (/^BEGIN:VCARD$/i.test(line)) begins++
    if (/^END:VCARD$/i.test(line)) ends++
    if (/^VERSION:/i.test(line)) {
      if (line.slice(8) === version) versionsOk++
      else bad(`line ${i + 1}: ${show(line)}, asked for ${version}`)
    }
    if (i > 0 && /^[ \t]/.test(line) && /^END:VCARD$/i.test(lines[i - 1]))
      bad(`line ${i + 1}: continuation line after END:VCARD`)
  })
  if (lines.length && /^[ \t]/.test(lines[0])) bad('output starts with a continuation line')
  if (begins !== nContacts || ends !== nContacts)
    bad(`${begins} BEGIN:VCARD / ${ends} END:VCARD for ${nContacts} contact(s)`)
  if (versionsOk !== nContacts) bad(`${versionsOk} VERSION:${version} lines for ${nContacts} contact(s)`)
}

/**
 * The FN a card should carry: the contact's name; for a desk (kind org) of a named organisation,
 * "Desk (Organisation)", the export rule of src/export/vcard.ts, so a card says whose press office
 * it is.
 */
function expectedFn(c) {
  if (c.kind === 'org' && c.organization && c.organization !== c.name) return `${c.name} (${c.organization})`
  return c.name
}

// Hand-made contacts that go straight to toVCard, as one more "row" at the end.
if (withTricky) {
  const tricky = JSON.parse(readFileSync(join(here, 'tricky-contacts.json'), 'utf8'))
  rows.push({ where: 'tests/interop/tricky-contacts.json', contacts: tricky.contacts })
}

for (const [rowIndex, row] of rows.entries()) {
  let contacts = row.contacts
  if (!contacts) {
    let result
    const opts = {}
    if (row.defaultCountry != null) opts.defaultCountry = row.defaultCountry
    try {
      result = lib.extractContacts(row.text, opts)
    } catch (e) {
      formatProblems.push(`${row.where}: extractContacts threw ${e?.name}: ${e?.message}`)
      continue
    }
    contacts = result?.contacts ?? []
  }
  if (contacts.length === 0) continue
  rowsWithContacts++
  // REV: rows take turns with the revision as a string, as a Date, and none (both code paths).
  const rev = revision === undefined ? undefined : [revision, new Date(revision), undefined][rowIndex % 3]
  const versionsOk = []
  for (const version of VERSIONS) {
    const options = { version }
    if (rev !== undefined) options.revision = rev
    let text
    try {
      text = lib.toVCard(contacts, options)
    } catch (e) {
      formatProblems.push(`${row.where} v${version}: toVCard threw ${e?.name}: ${e?.message}`)
      continue
    }
    checkFormat(text, version, contacts.length, row.where)
    if (typeof text === 'string') {
      out[version].push(text.endsWith('\r\n') || text === '' ? text : `${text}\r\n`)
      versionsOk.push(version)
    }
  }
  contacts.forEach((c, i) => {
    expectedContacts.push({
      source: `${row.where} #${i + 1}`,
      // The versions whose file holds this contact's card (a version whose toVCard threw has none).
      versions: versionsOk,
      fn: expectedFn(c),
      tel: (c.phones ?? []).map((p) => p.e164 + (p.ext ? `;ext=${p.ext}` : '')),
      email: [...(c.emails ?? [])],
    })
  })
}

mkdirSync(outDir, { recursive: true })
const counts = {}
for (const version of VERSIONS) {
  const text = out[version].join('')
  writeFileSync(join(outDir, `all-${version}.vcf`), text)
  counts[version] = text.match(/^BEGIN:VCARD\r?$/gim)?.length ?? 0
}
writeFileSync(
  join(outDir, 'expected.json'),
  `${JSON.stringify(
    {
      generated: {
        sources: sources.map((s) => relative(repoRoot, s)),
        rows: rows.length,
        rowsWithContacts,
        revision,
      },
      counts: Object.fromEntries(
        VERSIONS.map((v) => [v, expectedContacts.filter((c) => c.versions.includes(v)).length]),
      ),
      contacts: expectedContacts,
      formatProblems,
    },
    null,
    2,
  )}\n`,
)
const enc = encodeURIComponent
writeFileSync(
  join(outDir, 'expected.tsv'),
  `${[
    '# versions\tsource\tFN\tTEL,...\tEMAIL,... (percent-encoded fields)',
    ...expectedContacts.map((c) =>
      [
        c.versions.join(','),
        enc(c.source),
        enc(c.fn),
        c.tel.map(enc).join(','),
        c.email.map(enc).join(','),
      ].join('\t'),
    ),
  ].join('\n')}\n`,
)

for (const p of formatProblems) console.log(`format: FAIL ${p}`)
// One line per distinct problem (the row prefix removed), most frequent first.
const distinct = new Map()
for (const p of formatProblems) {
  const key = p.replace(/^.*? (v[34]\.0: )/, '$1').replace(/line \d+/, 'line N')
  distinct.set(key, (distinct.get(key) ?? 0) + 1)
}
for (const [k, n] of [...distinct].sort((a, b) => b[1] - a[1])) console.log(`format: distinct x${n}: ${k}`)
console.log(
  `format: ${counts['3.0']} + ${counts['4.0']} cards (3.0 + 4.0) for ${expectedContacts.length} contacts from ` +
    `${rowsWithContacts}/${rows.length} rows in ${sources.length} files, ${formatProblems.length} problems`,
)
process.exit(formatProblems.length ? 3 : 0)
