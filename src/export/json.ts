import * as z from 'zod'
import { PressContactsError } from '../errors.js'
import { type Contact, ContactSchema } from '../model/contact.js'

/**
 * Version of the JSON document shape written by {@link toJSON}.
 *
 * @example
 * JSON.parse(toJSON(contacts)).version === DOCUMENT_VERSION // true
 */
export const DOCUMENT_VERSION = 1
/**
 * Where the JSON Schema of the document is published (shipped in the package as `schema/contacts.schema.json`).
 *
 * @example
 * JSON.parse(toJSON(contacts)).$schema === DOCUMENT_SCHEMA_URL // true
 */
export const DOCUMENT_SCHEMA_URL = 'https://unpkg.com/press-contacts/schema/contacts.schema.json'

/**
 * The versioned JSON document: `{ $schema, version, contacts }`.
 *
 * @example
 * const doc = ContactsDocumentSchema.parse(JSON.parse(readFileSync('contacts.json', 'utf8')))
 */
export const ContactsDocumentSchema = /*@__PURE__*/ z
  .object({
    $schema: z.string().optional(),
    version: z.literal(DOCUMENT_VERSION),
    contacts: z.array(ContactSchema),
  })
  .strict()

/**
 * A JSON document of contacts; inferred from {@link ContactsDocumentSchema}.
 *
 * @example
 * const doc: ContactsDocument = { version: DOCUMENT_VERSION, contacts }
 */
export type ContactsDocument = z.infer<typeof ContactsDocumentSchema>

/**
 * Serialises contacts as a versioned JSON document, pretty-printed, keys in schema order, with a
 * final newline. Each contact is validated first; one that fails {@link ContactSchema} throws a
 * {@link PressContactsError} (INVALID_CONTACT) whose issue paths start with its index.
 *
 * @example
 * writeFileSync('contacts.json', toJSON(contacts))
 */
export function toJSON(contacts: readonly Contact[]): string {
  if (!Array.isArray(contacts))
    throw new PressContactsError('INVALID_ARGUMENT', 'expected an array of contacts')
  const doc: ContactsDocument = {
    $schema: DOCUMENT_SCHEMA_URL,
    version: DOCUMENT_VERSION,
    contacts: contacts.map((c, i) => {
      const parsed = ContactSchema.safeParse(c)
      if (parsed.success) return parsed.data
      throw new PressContactsError('INVALID_CONTACT', `contacts[${i}]: ${z.prettifyError(parsed.error)}`, {
        issues: parsed.error.issues.map((issue) => ({ path: [i, ...issue.path], message: issue.message })),
      })
    }),
  }
  return JSON.stringify(doc, null, 2) + '\n'
}

/** The default `maxLength` of {@link fromJSON}: 50,000,000 characters. */
export const DEFAULT_MAX_JSON_LENGTH = 50_000_000

/**
 * Reads a document written by {@link toJSON}; throws a {@link PressContactsError} (INVALID_ARGUMENT,
 * INPUT_TOO_LARGE beyond `maxLength` characters, INVALID_JSON, INVALID_DOCUMENT) with the path of every
 * problem. Unknown keys, `__proto__` and `constructor` included, are rejected, never assigned.
 *
 * @example
 * const contacts = fromJSON(readFileSync('contacts.json', 'utf8'))
 */
export function fromJSON(text: string, options: { maxLength?: number } = {}): Contact[] {
  if (typeof text !== 'string') throw new PressContactsError('INVALID_ARGUMENT', 'fromJSON expects a string')
  const maxLength = options?.maxLength ?? DEFAULT_MAX_JSON_LENGTH
  if (text.length > maxLength)
    throw new PressContactsError(
      'INPUT_TOO_LARGE',
      `input is ${text.length} characters; the limit is ${maxLength} (raise maxLength)`,
    )
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (cause) {
    throw new PressContactsError('INVALID_JSON', `not JSON: ${(cause as Error).message}`, { cause })
  }
  const parsed = ContactsDocumentSchema.safeParse(data)
  if (!parsed.success)
    throw new PressContactsError('INVALID_DOCUMENT', z.prettifyError(parsed.error), {
      issues: parsed.error.issues.map((i) => ({ path: i.path, message: i.message })),
    })
  return parsed.data.contacts
}
