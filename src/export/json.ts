import * as z from 'zod'
import { PressContactsError } from '../errors.js'
import { type Contact, ContactSchema } from '../model/contact.js'

/** Version of the JSON document shape written by {@link toJSON}. */
export const DOCUMENT_VERSION = 1
/** Where the JSON Schema of the document is published (shipped in the package as `schema/contacts.schema.json`). */
export const DOCUMENT_SCHEMA_URL = 'https://unpkg.com/press-contacts/schema/contacts.schema.json'

/** The versioned JSON document: `{ $schema, version, contacts }`. */
export const ContactsDocumentSchema = /*@__PURE__*/ z
  .object({
    $schema: z.string().optional(),
    version: z.literal(DOCUMENT_VERSION),
    contacts: z.array(ContactSchema),
  })
  .strict()

/** A JSON document of contacts; inferred from {@link ContactsDocumentSchema}. */
export type ContactsDocument = z.infer<typeof ContactsDocumentSchema>

/**
 * Serialises contacts as a versioned JSON document, pretty-printed, keys in schema order.
 *
 * @example
 * writeFileSync('contacts.json', toJSON(contacts))
 */
export function toJSON(contacts: readonly Contact[]): string {
  const doc: ContactsDocument = {
    $schema: DOCUMENT_SCHEMA_URL,
    version: DOCUMENT_VERSION,
    contacts: contacts.map((c) => ContactSchema.parse(c)),
  }
  return JSON.stringify(doc, null, 2) + '\n'
}

/**
 * Reads a document written by {@link toJSON}; throws a {@link PressContactsError} (INVALID_JSON,
 * INVALID_DOCUMENT) with the path of every problem.
 *
 * @example
 * const contacts = fromJSON(readFileSync('contacts.json', 'utf8'))
 */
export function fromJSON(text: string): Contact[] {
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
