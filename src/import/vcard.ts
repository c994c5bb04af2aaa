import { normalizeEmail } from '../email.js'
import { PressContactsError } from '../errors.js'
import { fold } from '../locales/index.js'
import { type Contact, ContactSchema, type Phone, type Warning } from '../model/contact.js'
import { type CountryCode, isCountryCode } from '../phone.js'
import { type RawCard, splitCards, vcardError } from './vcard-lines.js'
import { inferCountry, readPhone } from './vcard-phone.js'
import { type Prop, parts, readProps, text } from './vcard-props.js'

/**
 * Options of {@link fromVCard}.
 *
 * @example
 * fromVCard(text, { defaultCountry: 'FR', source: { uri: 'book.vcf', date: '2024-05-01' } })
 */
export interface FromVCardOptions {
  /** Country of numbers written in national format ('01 44 76 75 39'); inferred from the file's international numbers when absent. */
  defaultCountry?: CountryCode
  /** Provenance for every contact, where a card's own NOTE (as `toVCard` writes it) gives none. */
  source?: { uri?: string; date?: string }
  /** Longest accepted input in characters (default 50,000,000); longer throws INPUT_TOO_LARGE. */
  maxLength?: number
}

/**
 * Contacts read from vCards, with the warnings (a TEL or EMAIL that could not be read, with its line) attached.
 *
 * @example
 * const contacts: VCardContacts = fromVCard(text)
 * for (const w of contacts.warnings) console.warn(`book.vcf:${w.line}: ${w.message}`)
 */
export type VCardContacts = Contact[] & { warnings: Warning[] }

const NOTE = /^Extracted by press-contacts from line (\d+)(?: of (\S+))?(?: \(([^()]+)\))?$/

function buildContact(
  card: RawCard,
  props: Prop[],
  fileCountry: CountryCode | undefined,
  options: FromVCardOptions,
  warnings: Warning[],
): Contact | null {
  const first = (name: string) => props.find((p) => p.name === name)
  const labels = new Map<string, string>()
  for (const p of props) if (p.name === 'x-ablabel' && p.group) labels.set(p.group, text(p.value))
  const fnProp = first('fn')
  const fn = text(fnProp?.value)
  const n = parts(first('n')?.value)
  const org = parts(first('org')?.value).filter((s) => s !== '')
  const isOrg =
    text(first('kind')?.value).toLowerCase() === 'org' ||
    text(first('x-abshowas')?.value).toUpperCase() === 'COMPANY' ||
    (n.every((s) => s === '') && org.length > 0 && (fn === '' || fn === org[0] || fn === org.join(' ')))
  // the card's own numbers and addresses first: one address book mixes countries
  const country = options.defaultCountry ?? inferCountry(props) ?? fileCountry
  const phones: Phone[] = []
  for (const p of props) {
    if (p.name !== 'tel') continue
    const phone = readPhone(p, labels, country, warnings)
    if (phone && !phones.some((x) => x.e164 === phone.e164 && x.ext === phone.ext)) phones.push(phone)
  }
  const emails: string[] = []
  for (const p of props) {
    if (p.name !== 'email') continue
    const raw = text(p.value).replace(/^mailto:/i, '')
    const email = normalizeEmail(raw)
    if (email === null)
      warnings.push({
        code: 'INVALID_EMAIL',
        message: `EMAIL ${JSON.stringify(raw)} is not a valid address`,
        line: p.at.line,
        text: p.at.text,
      })
    else if (!emails.includes(email)) emails.push(email)
  }
  const urls = props
    .filter((p) => p.name === 'url')
    .map((p) => text(p.value).replace(/\\:/g, ':'))
    .filter((u) => u !== '')
  const title = text(first('title')?.value) || null
  let name: string
  let givenName: string | null = null
  let familyName: string | null = null
  let organization: string | null = org[0] ?? null
  if (isOrg) {
    const company = org[0] ?? ''
    const dept = org.slice(1).join(' ')
    const suffix = ` (${company})`
    name = dept || (fn.endsWith(suffix) ? fn.slice(0, -suffix.length) : fn) || company
    if (!dept && fold(name) === fold(company)) organization = null
  } else {
    familyName = n[0] || null
    givenName = n[1] || null
    name = fn || [n[3], n[1], n[2], n[0], n[4]].filter(Boolean).join(' ')
    if (givenName === null && familyName === name) familyName = null
  }
  if (name === '') {
    name = emails[0] ?? phones[0]?.raw ?? ''
    if (name === '') {
      warnings.push({
        code: 'UNATTACHED_DETAIL',
        message: 'a card with no name, phone or e-mail was left out',
        line: card.line,
        text: 'BEGIN:VCARD',
      })
      return null
    }
    warnings.push({
      code: 'UNATTACHED_DETAIL',
      message: `a card with no name: named after ${JSON.stringify(name)}`,
      line: card.line,
      text: 'BEGIN:VCARD',
    })
  }
  const at = fnProp?.at ?? { line: card.line, text: 'BEGIN:VCARD' }
  const note = NOTE.exec(text(first('note')?.value))
  const source: Contact['source'] = { line: at.line, text: at.text }
  const uri = note?.[2] ?? options.source?.uri
  const date = note?.[3] ?? options.source?.date
  if (uri !== undefined) source.uri = uri
  if (date !== undefined) source.date = date
  const contact = {
    kind: isOrg ? 'org' : 'individual',
    name,
    givenName,
    familyName,
    title,
    organization,
    phones,
    emails,
    urls,
    source,
  }
  const checked = ContactSchema.safeParse(contact)
  if (!checked.success)
    throw vcardError(at.line, `the card does not make a valid contact: ${checked.error.issues[0]?.message}`)
  return checked.data
}

/**
 * Reads vCard text (3.0 and 4.0; Apple's grouped `item1.TEL` with `X-ABLabel`, Google's
 * `TYPE=CELL`, `tel:` URIs with `;ext=`; leniently 2.1) into contacts. Phones are normalised to
 * E.164; a TEL or EMAIL that cannot be read is a warning with its line, never dropped silently.
 * Text that is not vCard throws a `PressContactsError` INVALID_VCARD whose message starts with the line.
 *
 * @param input - the text of a .vcf file: one or more cards
 * @returns the contacts, one a card, with `warnings` attached
 * @example
 * const contacts = fromVCard(readFileSync('contacts.vcf', 'utf8'), { defaultCountry: 'FR' })
 * contacts.warnings // [{ code: 'INVALID_PHONE', line: 12, … }]
 */
export function fromVCard(input: string, options: FromVCardOptions = {}): VCardContacts {
  if (typeof input !== 'string')
    throw new PressContactsError('INVALID_ARGUMENT', 'fromVCard() takes the text of a .vcf file')
  const max = options.maxLength ?? 50_000_000
  if (input.length > max)
    throw new PressContactsError(
      'INPUT_TOO_LARGE',
      `input is ${input.length} characters, more than maxLength ${max}`,
    )
  if (options.defaultCountry !== undefined && !isCountryCode(options.defaultCountry))
    throw new PressContactsError(
      'INVALID_COUNTRY',
      `unknown country code ${JSON.stringify(options.defaultCountry)}`,
    )
  const cards = splitCards(input).map((card) => ({ card, ...readProps(card) }))
  const country = options.defaultCountry ?? inferCountry(cards.flatMap((c) => c.props))
  const warnings: Warning[] = []
  const contacts: Contact[] = []
  for (const { card, props } of cards) {
    const c = buildContact(card, props, country, options, warnings)
    if (c) contacts.push(c)
  }
  return Object.assign(contacts, { warnings })
}
