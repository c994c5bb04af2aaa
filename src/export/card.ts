import { PressContactsError } from '../errors.js'
import type { Contact } from '../model/contact.js'
import { sanitizeText, sanitizeValue } from './sanitize.js'
import { contactUid, contactUids } from './uid.js'

// One mapping from a contact to address-book fields, shared by the vCard 3.0 and 4.0 writers, jCard
// and CSV, so that every format says the same thing about a contact. Every value here is already
// sanitised (text: line breaks as LF; one-line values: no line break at all).

/** How a phone is typed in an address book: TYPE=work,voice / work,fax / cell. */
export type CardPhoneKind = 'voice' | 'fax' | 'cell'

/** A phone as address books see it. */
export interface CardPhone {
  /** The number, one line (E.164 for every contact that passes ContactSchema). */
  number: string
  /** The extension, digits only, or null. */
  ext: string | null
  kind: CardPhoneKind
}

/** The address-book fields of one contact. */
export interface CardFields {
  kind: 'individual' | 'org'
  /** Display name (FN): the name; a desk of a known organisation also names it. Never empty. */
  fn: string
  /** Family and given name of a person; null for a desk (N is then empty). */
  name: { family: string; given: string } | null
  /** ORG components: `[organisation]`, or `[organisation, desk]` for a desk of a known organisation. */
  org: string[] | null
  title: string | null
  phones: CardPhone[]
  emails: string[]
  urls: string[]
  /** Provenance, for NOTE. */
  note: string
  /** {@link contactUid}. */
  uid: string
}

/**
 * The display name of a contact: its name; for a desk of a known organisation, "Desk (Organisation)"
 * unless the name already holds the organisation ("CNES Press Office"). Desk first, as written, so
 * it reads the same in every language ("Service de presse (Ville de Lyon)").
 *
 * @example
 * displayName({ kind: 'org', name: 'Press Office', organization: 'Orbital Harvest Consortium' })
 * // 'Press Office (Orbital Harvest Consortium)'
 */
export function displayName(c: Pick<Contact, 'kind' | 'name' | 'organization'>): string {
  const org = c.organization?.trim()
  if (c.kind !== 'org' || !org) return c.name
  if (c.name.toLowerCase().includes(org.toLowerCase())) return c.name
  return `${c.name} (${org})`
}

/**
 * Provenance as one line for NOTE: "Extracted by press-contacts from line 12 of <uri> (<date>)".
 *
 * @example
 * provenanceNote(contact) // 'Extracted by press-contacts from line 21 of release.txt'
 */
export function provenanceNote(c: Pick<Contact, 'source'>): string {
  const parts = [`Extracted by press-contacts from line ${c.source.line}`]
  if (c.source.uri) parts.push(`of ${c.source.uri}`)
  if (c.source.date) parts.push(`(${c.source.date})`)
  return parts.join(' ')
}

const nonBlank = (v: string | null | undefined): v is string => typeof v === 'string' && v.trim() !== ''

/** The fields every writer uses for one contact; `uid` defaults to {@link contactUid}. */
export function cardFields(c: Contact, uid: string = contactUid(c)): CardFields {
  const isOrg = c.kind === 'org'
  const org = nonBlank(c.organization) ? sanitizeText(c.organization) : null
  const emails = c.emails.map(sanitizeValue).filter((e) => e !== '')
  const phones: CardPhone[] = c.phones
    .map((p) => ({
      number: sanitizeValue(p.e164),
      ext: p.ext ? p.ext.replace(/\D/g, '') || null : null,
      kind: (p.type === 'fax' ? 'fax' : p.type === 'mobile' ? 'cell' : 'voice') as CardPhoneKind,
    }))
    .filter((p) => p.number !== '')
  // FN must not be empty: fall back on what identifies the contact
  const fn = [sanitizeText(displayName(c)), org, emails[0], phones[0]?.number].find(nonBlank) ?? 'Unnamed'
  let name: CardFields['name'] = null
  if (!isOrg) {
    const given = c.givenName ? sanitizeText(c.givenName) : ''
    const family = c.familyName ? sanitizeText(c.familyName) : ''
    name = given === '' && family === '' ? { family: sanitizeText(c.name), given: '' } : { family, given }
  }
  return {
    kind: isOrg ? 'org' : 'individual',
    fn,
    name,
    org: isOrg ? (org ? [org, sanitizeText(c.name)] : [fn]) : org ? [org] : null,
    title: nonBlank(c.title) ? sanitizeText(c.title) : null,
    phones,
    emails,
    urls: c.urls.map(sanitizeValue).filter((u) => u !== ''),
    note: sanitizeText(provenanceNote(c)),
    uid: sanitizeValue(uid),
  }
}

/**
 * Reads the `revision` option: a Date or a date string (ISO 8601 is safest). Throws INVALID_ARGUMENT
 * for a date that cannot be read, rather than writing no REV or a wrong one.
 */
export function revisionDate(rev: Date | string | undefined): Date | null {
  if (rev === undefined || rev === null) return null
  const d = rev instanceof Date ? rev : new Date(String(rev))
  if (Number.isNaN(d.getTime()))
    throw new PressContactsError('INVALID_ARGUMENT', `revision is not a date: ${JSON.stringify(String(rev))}`)
  return d
}

/** `2024-03-12T10:30:00Z`: the extended UTC form vCard 3.0 and jCard use (seconds, no milliseconds). */
export function isoTimestamp(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** {@link cardFields} of contacts written together: UIDs unique within the list ({@link contactUids}). */
export function cardFieldsList(contacts: readonly Contact[]): CardFields[] {
  checkContacts(contacts)
  const uids = contactUids(contacts)
  return contacts.map((c, i) => cardFields(c, uids[i]))
}

/**
 * Checks the shape of what an exporter was given: an array (INVALID_ARGUMENT otherwise) of contact objects
 * whose lists are arrays (INVALID_CONTACT otherwise, issue path starting with the index), so that untyped
 * callers get a PressContactsError, not a TypeError from inside a writer. Values are not validated here:
 * the writers sanitise whatever text they are given.
 */
export function checkContacts(contacts: unknown): asserts contacts is readonly Contact[] {
  if (!Array.isArray(contacts))
    throw new PressContactsError('INVALID_ARGUMENT', 'expected an array of contacts')
  contacts.forEach((c, i) => {
    const bad =
      c === null || typeof c !== 'object'
        ? []
        : (['phones', 'emails', 'urls'].find((k) => !Array.isArray((c as Record<string, unknown>)[k])) ??
          (typeof (c as Contact).source !== 'object' || (c as Contact).source === null ? 'source' : null) ??
          ((c as Contact).phones.some((p) => p === null || typeof p !== 'object') ? 'phones' : null))
    if (bad === null) return
    const path = typeof bad === 'string' ? [i, bad] : [i]
    throw new PressContactsError(
      'INVALID_CONTACT',
      `contacts[${i}]${typeof bad === 'string' ? `.${bad}` : ''}: not a contact`,
      {
        issues: [{ path, message: 'not a contact' }],
      },
    )
  })
}
