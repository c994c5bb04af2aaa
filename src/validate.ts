import * as z from 'zod'
import { DirectoryDocumentSchema } from './directory/schema.js'
import { isPressContactsError, PressContactsError, type PressContactsErrorCode } from './errors.js'
import { type ContactsDocument, ContactsDocumentSchema } from './export/json.js'
import { fromVCard } from './import/vcard.js'
import { lineAt, locateJson } from './json-locate.js'
import { type Contact, ContactSchema } from './model/contact.js'

/**
 * What the safe validators return: the data, or the error `parse…` would have thrown.
 *
 * @example
 * const r: SafeParseResult<Contact> = safeParseContact(input)
 */
export type SafeParseResult<T> = { success: true; data: T } | { success: false; error: PressContactsError }

function invalid(code: PressContactsErrorCode, what: string, error: z.ZodError): PressContactsError {
  return new PressContactsError(code, `${what}:\n${z.prettifyError(error)}`, {
    issues: error.issues.map((i) => ({ path: i.path, message: i.message })),
  })
}

/**
 * Checks that `input` is a contact (see `ContactSchema`) and returns it typed. Throws a
 * `PressContactsError` with code INVALID_CONTACT, `issues` with paths, and a message listing each
 * problem by path (zod's `prettifyError`).
 *
 * @example
 * const contact = parseContact(JSON.parse(body)) // throws on bad data
 */
export function parseContact(input: unknown): Contact {
  const result = ContactSchema.safeParse(input)
  if (!result.success) throw invalid('INVALID_CONTACT', 'not a valid contact', result.error)
  return result.data
}

/**
 * Like {@link parseContact}, but never throws.
 *
 * @example
 * const r = safeParseContact(input)
 * if (!r.success) console.error(r.error.message, r.error.issues)
 */
export function safeParseContact(input: unknown): SafeParseResult<Contact> {
  try {
    return { success: true, data: parseContact(input) }
  } catch (error) {
    if (isPressContactsError(error)) return { success: false, error }
    throw error
  }
}

function jsonText(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (cause) {
    const where = locateJson(text).error
    const at = where
      ? `line ${where.line}, column ${where.column}: ${where.message}`
      : (cause as Error).message
    throw new PressContactsError('INVALID_JSON', `not JSON: ${at}`, {
      cause,
      issues: [
        { path: where ? ['line', where.line] : [], message: where?.message ?? (cause as Error).message },
      ],
    })
  }
}

/**
 * Checks a contacts document (`{ version: 1, contacts }`, as `toJSON` writes it), given parsed or as
 * JSON text. Throws a `PressContactsError`: INVALID_JSON (text that is not JSON, with line and
 * column) or INVALID_DOCUMENT (with the path of every problem).
 *
 * @example
 * const { contacts } = parseDocument(readFileSync('contacts.json', 'utf8'))
 */
export function parseDocument(input: unknown): ContactsDocument {
  const data = typeof input === 'string' ? jsonText(input) : input
  const result = ContactsDocumentSchema.safeParse(data)
  if (!result.success) throw invalid('INVALID_DOCUMENT', 'not a valid contacts document', result.error)
  return result.data
}

/**
 * Like {@link parseDocument}, but never throws.
 *
 * @example
 * const r = safeParseDocument(text)
 * if (r.success) use(r.data.contacts)
 */
export function safeParseDocument(input: unknown): SafeParseResult<ContactsDocument> {
  try {
    return { success: true, data: parseDocument(input) }
  } catch (error) {
    if (isPressContactsError(error)) return { success: false, error }
    throw error
  }
}

/**
 * One problem found by {@link validateText}: where (line, and path for JSON) and what.
 *
 * @example
 * // { line: 11, path: 'contacts[0].phones[0].e164', code: 'INVALID_DOCUMENT', message: 'must be an E.164 number …' }
 * const [first]: ValidationProblem[] = validateText(text).problems
 */
export interface ValidationProblem {
  /** 1-based line of the problem, when known. */
  line?: number
  /** Path inside a JSON document, as `contacts[0].phones[1].e164`. */
  path?: string
  /** An error code (INVALID_JSON, INVALID_DOCUMENT, INVALID_VCARD) or a warning code (INVALID_PHONE, …). */
  code: string
  message: string
}

/**
 * What {@link validateText} found.
 *
 * @example
 * const { format, contacts, problems }: ValidationReport = validateText(text)
 */
export interface ValidationReport {
  format: 'json' | 'vcard'
  /** Contacts read (0 when the input was rejected). */
  contacts: number
  /** Empty when the input is valid. */
  problems: ValidationProblem[]
}

/**
 * A zod path as people read it.
 *
 * @example
 * formatPath(['contacts', 0, 'phones', 1, 'e164']) // 'contacts[0].phones[1].e164'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`
  return out
}

/** JSON documents this package writes: contacts (`toJSON`), a directory, a bare contact or array of contacts. */
function schemaFor(data: unknown): { schema: z.ZodType; what: string } {
  if (Array.isArray(data)) return { schema: z.array(ContactSchema), what: 'array of contacts' }
  if (typeof data === 'object' && data !== null) {
    if (
      'entries' in data ||
      ('kind' in data && (data as { kind: unknown }).kind === 'press-contacts/directory')
    )
      return { schema: DirectoryDocumentSchema, what: 'directory document' }
    if (!('version' in data || 'contacts' in data) && ('name' in data || 'phones' in data))
      return { schema: ContactSchema, what: 'contact' }
  }
  return { schema: ContactsDocumentSchema, what: 'contacts document' }
}

function validateJson(text: string): ValidationReport {
  const located = locateJson(text)
  if (located.error) {
    const { line, column, message } = located.error
    return {
      format: 'json',
      contacts: 0,
      problems: [{ line, code: 'INVALID_JSON', message: `column ${column}: ${message}` }],
    }
  }
  const data: unknown = JSON.parse(text)
  const { schema, what } = schemaFor(data)
  const result = schema.safeParse(data)
  if (result.success) {
    const d = result.data as { contacts?: unknown[]; entries?: unknown[] } | unknown[]
    const n = Array.isArray(d) ? d.length : ((d.contacts ?? d.entries)?.length ?? 1)
    return { format: 'json', contacts: n, problems: [] }
  }
  const problems = result.error.issues.map((issue): ValidationProblem => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : []
    const at = keys.length > 0 ? [...issue.path, keys[0]!] : issue.path
    const line = lineAt(located, at)
    const path = formatPath(issue.path)
    return {
      ...(line === undefined ? {} : { line }),
      ...(path === '' ? {} : { path }),
      code: 'INVALID_DOCUMENT',
      message: `${path === '' ? `not a ${what}: ` : ''}${issue.message}`,
    }
  })
  return { format: 'json', contacts: 0, problems }
}

function validateVCard(text: string): ValidationReport {
  try {
    const contacts = fromVCard(text)
    return {
      format: 'vcard',
      contacts: contacts.length,
      problems: contacts.warnings.map((w) => ({ line: w.line, code: w.code, message: w.message })),
    }
  } catch (error) {
    if (!isPressContactsError(error)) throw error
    const line = error.issues[0]?.path[1]
    return {
      format: 'vcard',
      contacts: 0,
      problems: [
        {
          ...(typeof line === 'number' ? { line } : {}),
          code: error.code,
          message: error.issues[0]?.message ?? error.message,
        },
      ],
    }
  }
}

/**
 * Validates the text of a JSON file (a contacts document, a directory, a contact or an array of
 * contacts) or a .vcf file, and lists every problem with its line (and path, for JSON). The format
 * is guessed from the text unless given. A vCard TEL or EMAIL that cannot be read is a problem too.
 *
 * @example
 * for (const p of validateText(text).problems) console.error(`contacts.json:${p.line}: ${p.path}: ${p.message}`)
 */
export function validateText(text: string, options: { format?: 'json' | 'vcard' } = {}): ValidationReport {
  const format = options.format ?? (/^\uFEFF?\s*BEGIN:VCARD/i.test(text) ? 'vcard' : 'json')
  if (text.trim() === '')
    return {
      format,
      contacts: 0,
      problems: [
        { line: 1, code: format === 'json' ? 'INVALID_JSON' : 'INVALID_VCARD', message: 'the file is empty' },
      ],
    }
  return format === 'vcard' ? validateVCard(text) : validateJson(text)
}
