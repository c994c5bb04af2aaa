#!/usr/bin/env node
import { createReadStream, readFileSync, writeFileSync } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { runFind, runMerge, runValidate } from './cli-directory.js'
import { runStream } from './cli-stream.js'
import { isPressContactsError } from './errors.js'
import { type Contact, extractContacts, toCSV, toJCard, toJSON, toVCard, type Warning } from './index.js'

declare const __VERSION__: string

const HELP = `press-contacts: turn press-release contact blocks into validated contacts

Usage:
  press-contacts extract [FILE...] [--country CC] [--format FORMAT] [--out PATH]
  press-contacts stream [DIR|FILE|-] [--country CC] [--org NAME]
  press-contacts merge FILE... [--out directory.json] [--format directory|FORMAT] [--country CC]
  press-contacts validate FILE...
  press-contacts find QUERY --in directory.json [--org NAME] [--format text|FORMAT]
  press-contacts --help | --version

Commands:
  extract        read releases or contact blocks (stdin when no FILE) and write their contacts
  stream         read many documents (a folder of .txt files, or a file or stdin with documents
                 separated by form feeds) in bounded memory; write one JSON line per document
  merge          merge releases (.txt), address books (.vcf, 3.0/4.0) and our JSON files (contacts
                 or directory) into one directory: duplicates merged, conflicts on stderr;
                 writes a directory document (--format directory, the default) or any FORMAT
  validate       check JSON documents and .vcf files; every problem as FILE:LINE: PATH: message,
                 exit 1 when there is one
  find           look contacts up in a directory (or .vcf/.json file): QUERY is a name prefix
                 (accents and case ignored), an e-mail ('@domain' for all), or a phone in any
                 format; --org NAME lists an organisation's contacts. Exit 1 when none matches

Options:
  -c, --country CC     country for national-format numbers (ISO 3166 alpha-2: FR, GB, US);
                       inferred from the text when absent
  -f, --format FORMAT  json (default) | vcard (3.0) | vcard4 | jcard | csv-google | csv-outlook;
                       every contact of every input goes into the one output
      --org NAME       the issuing organisation, for contacts whose block names none
      --revision DATE  REV written into vCards and jCards (none by default, so output is stable)
  -o, --out PATH       write to PATH instead of stdout
      --in PATH        the directory (or .vcf or .json file) find looks in
  -q, --quiet          no warnings on stderr
  -h, --help           this help
  -v, --version        the version

Examples:
  press-contacts extract release.txt --country FR --format vcard --out contacts.vcf
  cat release.txt | press-contacts extract --format json
  press-contacts extract a.txt b.txt -f vcard4 > all.vcf
  press-contacts extract release.txt -c FR -f csv-outlook -o contacts.csv
  press-contacts merge releases/*.txt mine.vcf --out directory.json
  press-contacts merge directory.json new-release.txt --out directory.json
  press-contacts find raphael --in directory.json
  press-contacts find '01 44 76 74 51' --in directory.json --format vcard
  press-contacts validate contacts.json book.vcf

Exit status: 0 success, 1 an input could not be read or gave only errors, 2 usage error.
`

class UsageError extends Error {}

function readInput(file: string | undefined): string {
  return readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8')
}

/** Output formats of --format ('vcf' and 'vcard3' are aliases of 'vcard'). */
const FORMATS = ['json', 'vcard', 'vcard4', 'jcard', 'csv-google', 'csv-outlook'] as const
const ALIASES: Record<string, string> = { vcf: 'vcard', vcard3: 'vcard' }

function render(contacts: Contact[], format: string, revision: string | undefined): string {
  const rev = revision ? { revision } : {}
  switch (ALIASES[format] ?? format) {
    case 'json':
      return toJSON(contacts)
    case 'vcard':
      return toVCard(contacts, { version: '3.0', ...rev })
    case 'vcard4':
      return toVCard(contacts, { version: '4.0', ...rev })
    case 'jcard':
      return toJCard(contacts, rev)
    case 'csv-google':
      return toCSV(contacts, { flavor: 'google' })
    case 'csv-outlook':
      return toCSV(contacts, { flavor: 'outlook' })
    default:
      throw new UsageError(`unknown format '${format}' (${FORMATS.join(', ')})`)
  }
}

function printWarnings(file: string, warnings: Warning[]): void {
  for (const w of warnings) process.stderr.write(`${file}:${w.line}: ${w.code}: ${w.message}\n`)
}

export function main(argv: string[]): number | Promise<number> {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (err) {
    process.stderr.write(`press-contacts: ${(err as Error).message}\nTry 'press-contacts --help'.\n`)
    return 2
  }
  const { values, positionals } = parsed
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  if (values.version) {
    process.stdout.write(`${__VERSION__}\n`)
    return 0
  }
  const [command, ...files] = positionals
  if (command === 'stream') return streamCommand(files, values)
  if (command === 'merge' || command === 'validate' || command === 'find')
    return directoryCommand(command, files, values)
  if (command !== 'extract') {
    process.stderr.write(
      `press-contacts: ${command ? `unknown command '${command}'` : 'no command'}\nTry 'press-contacts --help'.\n`,
    )
    return 2
  }
  const format = values.format ?? 'json'
  if (!(FORMATS as readonly string[]).includes(ALIASES[format] ?? format)) {
    process.stderr.write(`press-contacts: unknown format '${format}' (${FORMATS.join(', ')})\n`)
    return 2
  }
  if (values.revision !== undefined && Number.isNaN(new Date(values.revision).getTime())) {
    process.stderr.write(
      `press-contacts: --revision '${values.revision}' is not a date (e.g. 2024-03-12T10:30:00Z)\n`,
    )
    return 2
  }
  const inputs = files.length > 0 ? files : ['-']
  const contacts: Contact[] = []
  let failed = false
  for (const file of inputs) {
    const name = file === '-' ? '<stdin>' : file
    let text: string
    try {
      text = readInput(file)
    } catch (err) {
      process.stderr.write(
        `press-contacts: cannot read ${name}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`,
      )
      failed = true
      continue
    }
    try {
      const result = extractContacts(text, {
        ...(values.country ? { defaultCountry: values.country } : {}),
        ...(values.org ? { organization: values.org } : {}),
        ...(file === '-' ? {} : { source: { uri: file } }),
      })
      if (!values.quiet) printWarnings(name, result.warnings)
      contacts.push(...result.contacts)
      if (result.contacts.length === 0 && result.warnings.length > 0) failed = true
    } catch (err) {
      if (isPressContactsError(err) && err.code === 'INVALID_COUNTRY') {
        process.stderr.write(`press-contacts: ${err.message}\n`)
        return 2
      }
      process.stderr.write(`press-contacts: ${name}: ${(err as Error).message}\n`)
      failed = true
    }
  }
  const output = render(contacts, format, values.revision)
  if (values.out) {
    try {
      writeFileSync(values.out, output)
    } catch (err) {
      process.stderr.write(
        `press-contacts: cannot write ${values.out}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`,
      )
      return 1
    }
  } else process.stdout.write(output)
  return failed ? 1 : 0
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      country: { type: 'string', short: 'c' },
      format: { type: 'string', short: 'f' },
      org: { type: 'string' },
      revision: { type: 'string' },
      out: { type: 'string', short: 'o' },
      in: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
}

/** `press-contacts merge | validate | find` (see src/cli-directory.ts), with Node's I/O. */
function directoryCommand(
  command: 'merge' | 'validate' | 'find',
  args: string[],
  values: ReturnType<typeof parse>['values'],
): number {
  const io = {
    read: (path: string) => readInput(path),
    writeFile: (path: string, text: string) => writeFileSync(path, text),
    out: (text: string) => void process.stdout.write(text),
    error: (text: string) => void process.stderr.write(text),
    render: (contacts: Contact[], format: string) => render(contacts, format, values.revision),
  }
  const run = command === 'merge' ? runMerge : command === 'validate' ? runValidate : runFind
  try {
    return run(args, values, io)
  } catch (err) {
    process.stderr.write(`press-contacts: ${(err as Error).message}\n`)
    return err instanceof UsageError || (isPressContactsError(err) && err.code === 'INVALID_COUNTRY') ? 2 : 1
  }
}

/** `press-contacts stream`: JSON Lines, one document at a time (see src/cli-stream.ts). */
async function streamCommand(files: string[], values: ReturnType<typeof parse>['values']): Promise<number> {
  if (files.length > 1) {
    process.stderr.write(`press-contacts: stream reads one folder, file or '-'\n`)
    return 2
  }
  const io = {
    isDirectory: async (path: string) => (await stat(path)).isDirectory(),
    list: (dir: string) => readdir(dir),
    open: (path: string) => (path === '-' ? process.stdin : createReadStream(path)),
    write: (text: string) =>
      process.stdout.write(text) ? undefined : new Promise<void>((r) => process.stdout.once('drain', r)),
    error: (text: string) => void process.stderr.write(text),
    isTTY: process.stderr.isTTY === true,
    now: () => performance.now(),
    afterDocument: heapBound(32 * 2 ** 20),
  }
  const extract = {
    ...(values.country ? { defaultCountry: values.country } : {}),
    ...(values.org ? { organization: values.org } : {}),
  }
  try {
    return await runStream(files[0] ?? '-', { extract }, io)
  } catch (err) {
    process.stderr.write(`press-contacts: ${(err as Error).message}\n`)
    return isPressContactsError(err) && err.code === 'INVALID_COUNTRY' ? 2 : 1
  }
}

/**
 * V8 lets the heap of a long run grow far past what it holds (14 MB live, 80 MB allocated on a
 * 200 MB corpus); a full collection whenever more than `bytes` are in use keeps peak RSS near
 * 100 MB. Checked every 16 documents; `gc` is reached through a V8 flag set at run time.
 */
function heapBound(bytes: number): () => void {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as () => void
  let count = 0
  return () => {
    if (++count % 16 === 0 && process.memoryUsage().heapUsed > bytes) gc()
  }
}

void Promise.resolve(main(process.argv.slice(2))).then((code) => {
  process.exitCode = code
})
