import VCard from 'vcard-creator'
import { PressContactsError } from '../errors.js'
import type { Contact } from '../model/contact.js'
import { type CardFields, type CardPhone, cardFieldsList, revisionDate } from './card.js'
import { escapeText } from './sanitize.js'
import { vcard4 } from './vcard4.js'

export { provenanceNote } from './card.js'
export { foldLine, sanitizeValue } from './sanitize.js'

/**
 * Options of {@link toVCard}.
 *
 * @example
 * toVCard(contacts, { version: '4.0', revision: '2025-01-01T00:00:00Z' })
 */
export interface VCardOptions {
  /** vCard version; 3.0 (the default) is what Apple, Google and Outlook import best. */
  version?: '3.0' | '4.0'
  /** REV of every card (a Date or an ISO 8601 string); none when absent, never the wall clock. */
  revision?: Date | string
}

/**
 * Writes contacts as vCards, one card per contact, in input order: CRLF line ends, lines folded at
 * 75 octets, UTF-8. vCard 3.0 (the default) goes through vcard-creator; 4.0 through our own
 * RFC 6350 writer (KIND, `tel:` URIs with `;ext=`, PREF, REV in the basic format).
 *
 * Every value is sanitised first: no value can start a new line, property or card. Text values
 * (FN, N, ORG, TITLE, NOTE) keep their line breaks as `\n` (CRLF and CR read back as LF); TEL, EMAIL
 * and URL values have line breaks replaced by a space.
 *
 * @param contacts - the records to write (from {@link extractContacts} or {@link fromJSON})
 * @param options - version and a fixed REV
 * @returns one string holding every card ('' for no contact)
 * @example
 * const vcf = toVCard(extractContacts(text).contacts, { revision: '2024-03-12T00:00:00Z' })
 */
export function toVCard(contacts: readonly Contact[], options: VCardOptions = {}): string {
  const version = options.version ?? '3.0'
  if (version !== '3.0' && version !== '4.0')
    throw new PressContactsError(
      'INVALID_ARGUMENT',
      `unsupported vCard version ${JSON.stringify(version)} (3.0 or 4.0)`,
    )
  const rev = revisionDate(options.revision)
  return cardFieldsList(contacts)
    .map((f) => (version === '4.0' ? vcard4(f, rev) : vcard3(f, rev)))
    .join('')
}

const TEL_TYPES: Record<CardPhone['kind'], Array<'work' | 'voice' | 'fax' | 'cell'>> = {
  voice: ['work', 'voice'],
  fax: ['work', 'fax'],
  cell: ['cell'],
}

/**
 * A TEL value for vCard 3.0, whose phone-number type is free text: "+33144767539 ext. 204", the form
 * libphonenumber, Google, Outlook, vobject and ez-vcard all read as a number with an extension. RFC
 * 2426 phone-number values have no escape, and ical.js drops every backslash of one, so backslashes
 * (never in an E.164 number) are removed.
 */
function tel3(p: CardPhone): string {
  const number = p.number.replace(/\\/g, '')
  return p.ext ? `${number} ext. ${p.ext}` : number
}

function vcard3(f: CardFields, rev: Date | null): string {
  const card = new VCard()
  // vcard-creator escapes FN, N, ORG, TITLE and NOTE itself (after sanitising, their only line
  // break is LF, which it writes as \n); it writes TEL, EMAIL, URL and UID as given.
  // FN first: vcard-creator derives an FN from N only when none is set yet.
  card.addFullName(f.fn)
  card.addName(f.name ? { familyName: f.name.family, givenName: f.name.given } : {})
  if (f.org) card.addCompany({ name: f.org[0] ?? '', department: f.org[1] ?? '' })
  if (f.title !== null) card.addJobtitle(f.title)
  for (const p of f.phones) card.addPhoneNumber({ number: tel3(p), type: TEL_TYPES[p.kind] })
  // EMAIL is a text value in vCard 3.0: escaped like one
  for (const e of f.emails) card.addEmail({ address: escapeText(e), type: ['internet'] })
  for (const u of f.urls) card.addUrl({ url: u })
  card.addNote(f.note)
  card.addUid(escapeText(f.uid))
  if (rev) card.addRevision(rev)
  if (f.kind === 'org') card.addCustomProperty({ name: 'X-ABShowAs', value: 'COMPANY' })
  const built = card.buildVCard()
  // vcard-creator writes REV with milliseconds, and stamps the wall clock as REV when none is set:
  // drop the milliseconds, or that REV line, so that output is reproducible.
  return rev
    ? built.replace(/^(REV:[0-9T:-]+)\.\d{3}Z\r$/m, '$1Z\r')
    : built.replace(/^(BEGIN:VCARD\r\nVERSION:3\.0\r\n(?:PRODID:[^\r\n]*\r\n)?)REV:[^\r\n]*\r\n/, '$1')
}
