import * as z from 'zod'
import { PressContactsError } from '../errors.js'
import { ContactsDocumentSchema } from '../export/json.js'
import { type Contact, ContactSchema, type ExtractionResult, type Warning } from '../model/contact.js'
import { type DirectoryQuery, findContacts, groupByOrganization } from './find.js'
import { canonicalContact, mergeRecords, recordKey } from './merge.js'
import {
  DIRECTORY_KIND,
  DIRECTORY_WARNING_CODES,
  type DirectoryDocument,
  DirectoryDocumentSchema,
  type DirectoryEntry,
  type DirectoryWarning,
} from './schema.js'

/**
 * Options of {@link Directory#add}.
 *
 * @example
 * dir.add(contacts, { source: { uri: 'https://example.org/pr/42', date: '2024-05-02' } })
 * dir.add(fromVCard(text), { source: 'book.vcf' })
 */
export interface AddOptions {
  /**
   * Where the contacts come from: a URI or file name, or `{ uri, date }`. Fills in what a contact's
   * own `source` lacks; `date` (ISO 8601) decides which title is the newest.
   */
  source?: string | { uri?: string; date?: string }
}

/**
 * What {@link Directory#add} takes: an extraction result, contacts (as `fromVCard` returns them), or another directory.
 *
 * @example
 * const inputs: DirectoryInput[] = [extractContacts(text), fromVCard(vcf), Directory.fromJSON(json)]
 */
export type DirectoryInput = ExtractionResult | readonly Contact[] | Directory

const DERIVED = /*@__PURE__*/ new Set<string>(DIRECTORY_WARNING_CODES)

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** A warning with its keys in schema order, as text: equal warnings, equal keys. */
function noteKey(w: DirectoryWarning): string {
  return JSON.stringify([w.code, w.message, w.line, w.text, w.uri, w.value, w.names])
}

function issuesOf(error: z.ZodError, prefix: PropertyKey[] = []) {
  return error.issues.map((i) => ({ path: [...prefix, ...i.path], message: i.message }))
}

/**
 * An address book built from many releases: contacts merged across them, with provenance and the
 * conflicts it could not settle. Merging depends only on the set of what was added: adding the same
 * release twice changes nothing, and any order gives the same directory.
 *
 * @example
 * const dir = new Directory()
 * dir.add(extractContacts(release1, { source: { uri: 'r1.txt', date: '2024-03-01' } }))
 * dir.add(fromVCard(readFileSync('mine.vcf', 'utf8')), { source: 'mine.vcf' })
 * dir.find('raphael')         // accent- and case-insensitive name prefix
 * dir.find('01 44 76 75 39')  // a phone in any format
 * toVCard(dir.contacts)       // every export takes the merged contacts
 */
export class Directory {
  readonly #records = new Map<string, Contact>()
  readonly #notes = new Map<string, DirectoryWarning>()
  #view: { entries: DirectoryEntry[]; contacts: Contact[]; warnings: DirectoryWarning[] } | null = null

  /** A directory holding `input`, if given (see {@link Directory#add}). */
  constructor(input?: DirectoryInput, options: AddOptions = {}) {
    if (input !== undefined) this.add(input, options)
  }

  /**
   * Adds contacts and merges them with those already here. Every contact is validated first
   * (a `PressContactsError` INVALID_CONTACT with paths when one fails); warnings of an extraction
   * result (or of `fromVCard`) are kept with their source.
   *
   * @returns this directory, for chaining
   * @example
   * dir.add(extractContacts(text), { source: { uri: 'https://example.org/pr/42', date: '2024-05-02' } })
   */
  add(input: DirectoryInput, options: AddOptions = {}): this {
    if (input instanceof Directory) {
      for (const r of input.#records.values()) this.#records.set(recordKey(r), r)
      for (const [k, w] of input.#notes) this.#notes.set(k, w)
      this.#view = null
      return this
    }
    const src = typeof options.source === 'string' ? { uri: options.source } : (options.source ?? {})
    let contacts: readonly unknown[]
    let warnings: readonly Warning[] = []
    if (Array.isArray(input)) {
      contacts = input
      const attached = (input as { warnings?: unknown }).warnings
      if (Array.isArray(attached)) warnings = attached as Warning[]
    } else if (
      typeof input === 'object' &&
      input !== null &&
      Array.isArray((input as ExtractionResult).contacts)
    ) {
      contacts = (input as ExtractionResult).contacts
      warnings = (input as ExtractionResult).warnings ?? []
    } else {
      throw new PressContactsError(
        'INVALID_ARGUMENT',
        'add() takes an extraction result, an array of contacts or a Directory',
      )
    }
    const parsed = contacts.map((c, i) => {
      const result = ContactSchema.safeParse(c)
      if (!result.success)
        throw new PressContactsError(
          'INVALID_CONTACT',
          `contact ${i} is not valid:\n${z.prettifyError(result.error)}`,
          { issues: issuesOf(result.error, [i]) },
        )
      const contact = canonicalContact(result.data)
      if (contact.source.uri === undefined && src.uri !== undefined) contact.source.uri = src.uri
      if (contact.source.date === undefined && src.date !== undefined) contact.source.date = src.date
      return contact
    })
    for (const c of parsed) this.#records.set(recordKey(c), c)
    for (const w of warnings) {
      const note: DirectoryWarning = { code: String(w.code), message: String(w.message) }
      if (typeof w.line === 'number' && w.line >= 1) note.line = w.line
      if (typeof w.text === 'string') note.text = w.text
      const uri = (w as { uri?: unknown }).uri
      if (typeof uri === 'string') note.uri = uri
      else if (src.uri !== undefined) note.uri = src.uri
      this.#notes.set(noteKey(note), note)
    }
    this.#view = null
    return this
  }

  #merged(): { entries: DirectoryEntry[]; contacts: Contact[]; warnings: DirectoryWarning[] } {
    if (this.#view) return this.#view
    const { entries, warnings } = mergeRecords(this.#records.values())
    const notes = [...this.#notes.entries()].sort(([a], [b]) => cmp(a, b)).map(([, w]) => w)
    this.#view = { entries, contacts: entries.map((e) => e.contact), warnings: [...notes, ...warnings] }
    return this.#view
  }

  /** The merged contacts, sorted by name then organisation: pass them to `toVCard`, `toJSON` and the other exports. */
  get contacts(): Contact[] {
    return [...this.#merged().contacts]
  }

  /** The merged contacts with their provenance (first seen, last seen, sources) and the records merged into each. */
  get entries(): DirectoryEntry[] {
    return this.#merged().entries
  }

  /**
   * Warnings of what was added (INVALID_PHONE, …, with `line`, `text` and `uri`), then merge
   * conflicts: SHARED_EMAIL and SHARED_PHONE (one value on contacts kept apart, with their `names`),
   * POSSIBLE_DUPLICATE (one name kept apart by different organisations).
   */
  get warnings(): DirectoryWarning[] {
    return this.#merged().warnings
  }

  /** Number of merged contacts. */
  get size(): number {
    return this.#merged().entries.length
  }

  /**
   * Looks contacts up. A string is an e-mail when it holds '@' ('@cnes.fr' for a whole domain), a
   * phone in any format when it is mostly digits, else a name or organisation prefix (accent- and
   * case-insensitive). An object asks for every field it gives.
   *
   * @example
   * dir.find('Raphael')                          // [Raphaël Sart]
   * dir.find('+33 (0)1 44 76 74 51')             // the same contact
   * dir.find({ organization: 'CNES', name: 'b' }) // persons of CNES whose name starts with B
   */
  find(query: string | DirectoryQuery): Contact[] {
    return findContacts(this.#merged().contacts, query)
  }

  /**
   * The contacts grouped by organisation ("CNES" and "Cnes" are one group), groups sorted by name,
   * contacts with no organisation last.
   *
   * @example
   * for (const { organization, contacts } of dir.byOrganization()) console.log(organization, contacts.length)
   */
  byOrganization(): Array<{ organization: string | null; contacts: Contact[] }> {
    return groupByOrganization(this.contacts)
  }

  /** The directory as a JSON document (see {@link DirectoryDocumentSchema}); {@link Directory.fromJSON} reads it back. */
  toJSON(): string {
    const { entries, warnings } = this.#merged()
    const doc: DirectoryDocument = { kind: DIRECTORY_KIND, version: 1, entries, warnings }
    return JSON.stringify(doc, null, 2) + '\n'
  }

  /**
   * Reads a directory written by {@link Directory#toJSON}, or a contacts document written by
   * `toJSON(contacts)`, as text or already parsed. Throws a `PressContactsError` (INVALID_JSON,
   * INVALID_DOCUMENT) with the path of every problem.
   *
   * @example
   * const dir = Directory.fromJSON(readFileSync('directory.json', 'utf8'))
   */
  static fromJSON(input: string | unknown): Directory {
    let data: unknown = input
    if (typeof input === 'string') {
      try {
        data = JSON.parse(input)
      } catch (cause) {
        throw new PressContactsError('INVALID_JSON', `not JSON: ${(cause as Error).message}`, { cause })
      }
    }
    const dir = new Directory()
    const isDirectory = typeof data === 'object' && data !== null && 'entries' in data
    const schema = isDirectory ? DirectoryDocumentSchema : ContactsDocumentSchema
    const parsed = schema.safeParse(data)
    if (!parsed.success)
      throw new PressContactsError(
        'INVALID_DOCUMENT',
        `not a ${isDirectory ? 'directory' : 'contacts'} document:\n${z.prettifyError(parsed.error)}`,
        { issues: issuesOf(parsed.error) },
      )
    if ('entries' in parsed.data) {
      const doc = parsed.data as DirectoryDocument
      for (const e of doc.entries)
        for (const r of e.records) dir.#records.set(recordKey(r), canonicalContact(r))
      for (const w of doc.warnings) if (!DERIVED.has(w.code)) dir.#notes.set(noteKey(w), w)
    } else dir.add(parsed.data.contacts)
    return dir
  }
}
