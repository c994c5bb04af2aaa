#!/usr/bin/env node
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { isPressContactsError } from './errors.js'
import { type Contact, extractContacts, toJSON, toVCard, type Warning } from './index.js'

declare const __VERSION__: string

const HELP = `press-contacts: turn press-release contact blocks into validated contacts

Usage:
  press-contacts extract [FILE...] [--country CC] [--format FORMAT] [--out PATH]
  press-contacts --help | --version

Commands:
  extract        read releases or contact blocks (stdin when no FILE) and write their contacts

Options:
  -c, --country CC     country for national-format numbers (ISO 3166 alpha-2: FR, GB, US);
                       inferred from the text when absent
  -f, --format FORMAT  json (default) | vcard | vcard4
      --org NAME       the issuing organisation, for contacts whose block names none
      --revision DATE  REV written into vCards (none by default, so output is stable)
  -o, --out PATH       write to PATH instead of stdout
  -q, --quiet          no warnings on stderr
  -h, --help           this help
  -v, --version        the version

Examples:
  press-contacts extract release.txt --country FR --format vcard --out contacts.vcf
  cat release.txt | press-contacts extract --format json
  press-contacts extract a.txt b.txt -f vcard4 > all.vcf

Exit status: 0 success, 1 an input could not be read or gave only errors, 2 usage error.
`

class UsageError extends Error {}

function readInput(file: string | undefined): string {
  return readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8')
}

function render(contacts: Contact[], format: string, revision: string | undefined): string {
  switch (format) {
    case 'json':
      return toJSON(contacts)
    case 'vcard':
    case 'vcf':
      return toVCard(contacts, { version: '3.0', ...(revision ? { revision } : {}) })
    case 'vcard4':
      return toVCard(contacts, { version: '4.0', ...(revision ? { revision } : {}) })
    default:
      throw new UsageError(`unknown format '${format}' (json, vcard, vcard4)`)
  }
}

function printWarnings(file: string, warnings: Warning[]): void {
  for (const w of warnings) process.stderr.write(`${file}:${w.line}: ${w.code}: ${w.message}\n`)
}

export function main(argv: string[]): number {
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
  if (command !== 'extract') {
    process.stderr.write(
      `press-contacts: ${command ? `unknown command '${command}'` : 'no command'}\nTry 'press-contacts --help'.\n`,
    )
    return 2
  }
  const format = values.format ?? 'json'
  if (!['json', 'vcard', 'vcf', 'vcard4'].includes(format)) {
    process.stderr.write(`press-contacts: unknown format '${format}' (json, vcard, vcard4)\n`)
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
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  })
}

process.exitCode = main(process.argv.slice(2))
