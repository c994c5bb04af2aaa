import * as z from 'zod'

/** E.164: a plus sign and 2 to 15 digits, the first not 0. */
const E164 = /^\+[1-9]\d{1,14}$/

/**
 * One telephone number of a contact, normalised to E.164.
 *
 * @example
 * PhoneSchema.parse({ e164: '+33144767539', type: 'voice', ext: null, raw: '+33 (0)1 44 76 75 39', label: 'Tel.' })
 */
export const PhoneSchema = /*@__PURE__*/ z
  .object({
    e164: z.string().regex(E164, 'must be an E.164 number such as +33144767539'),
    type: z.enum(['voice', 'fax', 'mobile', 'unknown']),
    ext: z
      .string()
      .regex(/^[0-9]{1,10}$/, 'must be 1 to 10 digits')
      .nullable(),
    raw: z.string(),
    label: z.string().nullable(),
  })
  .strict()

/**
 * Where a record came from: the 1-based line of its first line, that line's text, and caller provenance.
 *
 * @example
 * SourceSchema.parse({ line: 21, text: 'Pascale Bresson  Tel. +33 1 44 76 75 39', uri: 'https://example.org/release' })
 */
export const SourceSchema = /*@__PURE__*/ z
  .object({
    line: z.number().int().min(1),
    text: z.string(),
    uri: z.string().optional(),
    date: z.string().optional(),
  })
  .strict()

/**
 * A validated e-mail address: a local part, an at sign and a dotted domain, lower-cased domain.
 *
 * @example
 * EmailSchema.safeParse('presse@example.fr').success // true
 */
export const EmailSchema = /*@__PURE__*/ z.email({ pattern: z.regexes.unicodeEmail })

/**
 * A contact record: a person (`individual`) or a desk with no person (`org`).
 * The single source of truth for the {@link Contact} type.
 *
 * @example
 * const contact = ContactSchema.parse(json)
 */
export const ContactSchema = /*@__PURE__*/ z
  .object({
    kind: z.enum(['individual', 'org']),
    name: z.string().min(1),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    title: z.string().nullable(),
    organization: z.string().nullable(),
    phones: z.array(PhoneSchema),
    emails: z.array(EmailSchema),
    urls: z.array(z.string()),
    source: SourceSchema,
  })
  .strict()

/**
 * A phone of a contact; inferred from {@link PhoneSchema}.
 *
 * @example
 * const mobiles = contact.phones.filter((p: Phone) => p.type === 'mobile')
 */
export type Phone = z.infer<typeof PhoneSchema>
/**
 * Provenance of a contact; inferred from {@link SourceSchema}.
 *
 * @example
 * const where: ContactSource = contacts[0].source // { line: 21, text: 'Pascale Bresson …' }
 */
export type ContactSource = z.infer<typeof SourceSchema>
/**
 * A contact record; inferred from {@link ContactSchema}.
 *
 * @example
 * const desks = contacts.filter((c: Contact) => c.kind === 'org')
 */
export type Contact = z.infer<typeof ContactSchema>
/**
 * The kind of a phone number.
 *
 * @example
 * const label: Record<PhoneType, string> = { voice: 'Tel.', mobile: 'Mobile', fax: 'Fax', unknown: 'Phone' }
 */
export type PhoneType = Phone['type']

/**
 * A problem found in the input, with the 1-based line it is on and that line's text.
 *
 * @example
 * for (const w of warnings) console.warn(`line ${w.line}: ${w.code}: ${w.message}`)
 */
export interface Warning {
  code: WarningCode
  message: string
  line: number
  text: string
}

/**
 * Stable codes of {@link Warning}s.
 *
 * @example
 * const serious: WarningCode[] = ['INVALID_PHONE', 'INVALID_EMAIL']
 * const problems = warnings.filter((w) => serious.includes(w.code))
 */
export type WarningCode =
  | 'INVALID_PHONE'
  | 'INVALID_EMAIL'
  | 'UNATTACHED_DETAIL'
  | 'AMBIGUOUS_COUNTRY'
  | 'OBFUSCATED_EMAIL'
  | 'IGNORED_NUMBER'

/**
 * What {@link extractContacts} returns.
 *
 * @example
 * const { contacts, warnings }: ExtractionResult = extractContacts(text)
 */
export interface ExtractionResult {
  contacts: Contact[]
  warnings: Warning[]
}
