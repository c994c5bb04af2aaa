import { Directory } from './directory/directory.js'
import { DIRECTORY_WARNING_CODES } from './directory/schema.js'
import { isPressContactsError } from './errors.js'
import { fromJSON } from './export/json.js'
import { extractContacts } from './extract/extract.js'
import { fromVCard } from './import/vcard.js'
import type { Contact, Warning } from './model/contact.js'
import type { CountryCode } from './phone.js'
import { validateText } from './validate.js'

/**
 * What `merge`, `validate` and `find` need from the outside world; src/cli.ts passes Node's, so this
 * module has no `node:` import and is testable.
 */
export interface DirectoryIO {
  /** The text of a file, or of stdin for '-'; throws when it cannot be read. */
  read(path: string): string
  /** Writes a file; throws when it cannot. */
  writeFile(path: string, text: string): void
  out(text: string): void
  error(text: string): void
  /** Contacts in an export format (json, vcard, vcard4, jcard, csv-…); throws for an unknown one. */
  render(contacts: Contact[], format: string): string
}

/** Options shared by the directory commands. */
export interface DirectoryCommandOptions {
  country?: string
  org?: string
  format?: string
  out?: string
  in?: string
  quiet?: boolean
}

const DERIVED = /*@__PURE__*/ new Set<string>(DIRECTORY_WARNING_CODES)
const isVCardFile = (path: string) => /\.(?:vcf|vcard)$/i.test(path)
const isJSONFile = (path: string) => /\.json$/i.test(path)
const errorText = (err: unknown) => (err as { code?: string }).code ?? (err as Error).message

function printWarnings(io: DirectoryIO, file: string, warnings: readonly Warning[]): void {
  for (const w of warnings) io.error(`${file}:${w.line}: ${w.code}: ${w.message}\n`)
}

/** Adds one file to a directory: a release (text), a .vcf address book, or our JSON (contacts or directory). */
function addFile(
  dir: Directory,
  file: string,
  text: string,
  options: DirectoryCommandOptions,
  io: DirectoryIO,
): void {
  const name = file === '-' ? '<stdin>' : file
  const source = file === '-' ? {} : { source: { uri: file } }
  if (isVCardFile(file) || (!isJSONFile(file) && /^\uFEFF?\s*BEGIN:VCARD/i.test(text))) {
    const contacts = fromVCard(text, {
      ...(options.country ? { defaultCountry: options.country as CountryCode } : {}),
      ...source,
    })
    if (!options.quiet) printWarnings(io, name, contacts.warnings)
    dir.add(contacts)
  } else if (isJSONFile(file) || /^\uFEFF?\s*[{[]/.test(text)) {
    const data: unknown = JSON.parse(text)
    if (typeof data === 'object' && data !== null && 'entries' in data) dir.add(Directory.fromJSON(data))
    else dir.add(fromJSON(text), source.source ? { source: source.source } : {})
  } else {
    const result = extractContacts(text, {
      ...(options.country ? { defaultCountry: options.country as CountryCode } : {}),
      ...(options.org ? { organization: options.org } : {}),
      ...source,
    })
    if (!options.quiet) printWarnings(io, name, result.warnings)
    dir.add(result)
  }
}

/** Reads every file into one directory; returns it and whether a file failed. */
function load(
  files: string[],
  options: DirectoryCommandOptions,
  io: DirectoryIO,
): { dir: Directory; failed: boolean } {
  const dir = new Directory()
  let failed = false
  for (const file of files) {
    const name = displayName(file)
    const text = readOrReport(file, io)
    if (text === null) {
      failed = true
      continue
    }
    try {
      addFile(dir, file, text, options, io)
    } catch (err) {
      if (isPressContactsError(err) && err.code === 'INVALID_COUNTRY') throw err
      const message = isPressContactsError(err) ? err.message : `not JSON: ${(err as Error).message}`
      io.error(`press-contacts: ${name}: ${message.replace(/\n/g, '\n  ')}\n`)
      failed = true
    }
  }
  return { dir, failed }
}

const displayName = (file: string) => (file === '-' ? '<stdin>' : file)

/** A file's text, or null after saying on stderr why it could not be read. */
function readOrReport(file: string, io: DirectoryIO): string | null {
  try {
    return io.read(file)
  } catch (err) {
    io.error(`press-contacts: cannot read ${displayName(file)}: ${errorText(err)}\n`)
    return null
  }
}

function output(text: string, options: DirectoryCommandOptions, io: DirectoryIO): number {
  if (!options.out) {
    io.out(text)
    return 0
  }
  try {
    io.writeFile(options.out, text)
    return 0
  } catch (err) {
    io.error(`press-contacts: cannot write ${options.out}: ${errorText(err)}\n`)
    return 1
  }
}

/**
 * `press-contacts merge FILE... [--out PATH] [--format directory|json|vcard|…]`: releases, .vcf
 * address books and our JSON files, mixed, merged into one directory. Exit 1 when a file could
 * not be read (the others are still merged).
 */
export function runMerge(files: string[], options: DirectoryCommandOptions, io: DirectoryIO): number {
  if (files.length === 0) {
    io.error(`press-contacts: merge needs at least one FILE\nTry 'press-contacts --help'.\n`)
    return 2
  }
  const format = options.format ?? 'directory'
  if (format !== 'directory') io.render([], format) // an unknown format is a usage error before any work
  const { dir, failed } = load(files, options, io)
  const conflicts = dir.warnings.filter((w) => DERIVED.has(w.code))
  if (!options.quiet) {
    for (const w of conflicts) io.error(`press-contacts: ${w.code}: ${w.message}\n`)
    const records = dir.entries.reduce((n, e) => n + e.records.length, 0)
    io.error(
      `press-contacts: ${records} records from ${files.length} file(s) merged into ${dir.size} contacts, ${conflicts.length} conflict(s)\n`,
    )
  }
  const text = format === 'directory' ? dir.toJSON() : io.render(dir.contacts, format)
  return output(text, options, io) || (failed ? 1 : 0)
}

/**
 * `press-contacts validate FILE...`: checks JSON documents and .vcf files; prints every problem as
 * `FILE:LINE: PATH: CODE: message` and exits 1 when there is one.
 */
export function runValidate(files: string[], _options: DirectoryCommandOptions, io: DirectoryIO): number {
  if (files.length === 0) {
    io.error(`press-contacts: validate needs a FILE\nTry 'press-contacts --help'.\n`)
    return 2
  }
  let status = 0
  for (const file of files) {
    const name = displayName(file)
    const text = readOrReport(file, io)
    if (text === null) {
      status = 1
      continue
    }
    const format = isVCardFile(file) ? 'vcard' : isJSONFile(file) ? 'json' : undefined
    const report = validateText(text, format ? { format } : {})
    for (const p of report.problems)
      io.error(`${name}:${p.line ?? 1}: ${p.path ? `${p.path}: ` : ''}${p.code}: ${p.message}\n`)
    if (report.problems.length > 0) status = 1
    else
      io.out(
        `${name}: valid ${report.format === 'vcard' ? 'vCard' : 'JSON'}, ${report.contacts} contact(s)\n`,
      )
  }
  return status
}

function line(c: Contact): string {
  const phones = c.phones.map((p) => (p.ext ? `${p.e164} ext. ${p.ext}` : p.e164)).join(', ')
  return [c.name, c.title ?? '', c.organization ?? '', phones, c.emails.join(', ')].join('\t') + '\n'
}

/**
 * `press-contacts find QUERY --in FILE [--org NAME] [--format text|json|vcard|…]`: looks contacts up
 * (name prefix, e-mail, phone in any format, organisation). Exit 1 when nothing matches.
 */
export function runFind(args: string[], options: DirectoryCommandOptions, io: DirectoryIO): number {
  if (!options.in || (args.length === 0 && !options.org)) {
    io.error(
      `press-contacts: find needs a QUERY (or --org NAME) and --in FILE\nTry 'press-contacts --help'.\n`,
    )
    return 2
  }
  const format = options.format ?? 'text'
  if (format !== 'text') io.render([], format)
  const { dir, failed } = load([options.in], { ...options, org: undefined, quiet: true }, io)
  if (failed) return 1
  const query = args.join(' ')
  const found = dir.find({
    ...(query ? { text: query } : {}),
    ...(options.org ? { organization: options.org } : {}),
  })
  if (found.length === 0) {
    io.error(`press-contacts: no contact matches ${JSON.stringify(query || options.org)}\n`)
    return 1
  }
  return output(format === 'text' ? found.map(line).join('') : io.render(found, format), options, io)
}
