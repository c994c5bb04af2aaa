import VCard from 'vcard-creator'
import type { Contact, Phone } from '../model/contact.js'
import { contactUid } from './uid.js'

/** Options of {@link toVCard}. */
export interface VCardOptions {
  /** vCard version; 3.0 (the default) is what Apple, Google and Outlook import best. */
  version?: '3.0' | '4.0'
  /** REV of every card; none when absent (never the wall clock, so files diff cleanly). */
  revision?: Date | string
}

/**
 * Makes a value safe for one vCard property value: no line break or control character can start a
 * new line, property or card. Line breaks become spaces (TEL, EMAIL, URL, UID must stay on one line);
 * text properties keep them escaped by the writer.
 */
export function sanitizeValue(value: string): string {
  return value
    .replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .trim()
}

/** Text for TEXT properties (FN, N, ORG, TITLE, NOTE): one line, controls removed. */
function text(value: string | null | undefined): string {
  return value ? sanitizeValue(value) : ''
}

/** A phone value for TEL: E.164 with the extension in the `;ext=` form RFC 3966 uses. */
function telValue(p: Phone): string {
  return p.ext ? `${p.e164};ext=${p.ext.replace(/\D/g, '')}` : p.e164
}

function telTypes(p: Phone): Array<'work' | 'voice' | 'fax' | 'cell'> {
  if (p.type === 'fax') return ['work', 'fax']
  if (p.type === 'mobile') return ['cell']
  return ['work', 'voice']
}

function revisionDate(rev: Date | string | undefined): Date | null {
  if (rev === undefined) return null
  const d = typeof rev === 'string' ? new Date(rev) : rev
  return Number.isNaN(d.getTime()) ? null : d
}

function revisionString(rev: Date | string | undefined): string | null {
  if (rev === undefined) return null
  const d = typeof rev === 'string' ? new Date(rev) : rev
  if (Number.isNaN(d.getTime())) return sanitizeValue(String(rev))
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Provenance as one line for NOTE. */
export function provenanceNote(c: Contact): string {
  const parts = [`Extracted by press-contacts from line ${c.source.line}`]
  if (c.source.uri) parts.push(`of ${c.source.uri}`)
  if (c.source.date) parts.push(`(${c.source.date})`)
  return parts.join(' ')
}

/**
 * Writes contacts as vCards, one card per contact, CRLF line ends, 75-octet folding.
 * vCard 3.0 goes through vcard-creator; 4.0 through our own RFC 6350 writer.
 *
 * @param contacts - the records to write (from {@link extractContacts} or a {@link Directory})
 * @param options - version and a fixed REV
 * @returns one string holding every card
 * @example
 * const vcf = toVCard(extractContacts(text).contacts, { revision: '2024-03-12T00:00:00Z' })
 */
export function toVCard(contacts: readonly Contact[], options: VCardOptions = {}): string {
  const version = options.version ?? '3.0'
  if (version === '4.0') return contacts.map((c) => vcard4(c, options)).join('')
  return contacts.map((c) => vcard3(c, options)).join('')
}

function vcard3(c: Contact, options: VCardOptions): string {
  const card = new VCard()
  const isOrg = c.kind === 'org'
  const fn = isOrg && c.organization && c.organization !== c.name ? `${c.name} (${c.organization})` : c.name
  // FN first: vcard-creator derives an FN from N only when none is set yet
  card.addFullName(text(fn))
  if (isOrg) card.addName({})
  else card.addName({ familyName: text(c.familyName ?? c.name), givenName: text(c.givenName) })
  if (c.organization || isOrg)
    card.addCompany({
      name: text(c.organization ?? c.name),
      department: isOrg && c.organization ? text(c.name) : '',
    })
  if (c.title) card.addJobtitle(text(c.title))
  for (const p of c.phones) card.addPhoneNumber({ number: sanitizeValue(telValue(p)), type: telTypes(p) })
  for (const e of c.emails) card.addEmail({ address: sanitizeValue(e), type: ['internet'] })
  for (const u of c.urls) card.addUrl({ url: sanitizeValue(u) })
  card.addNote(text(provenanceNote(c)))
  card.addUid(contactUid(c))
  const rev = revisionDate(options.revision)
  if (rev) card.addRevision(rev)
  if (isOrg) card.addCustomProperty({ name: 'X-ABShowAs', value: 'COMPANY' })
  const built = card.buildVCard()
  // vcard-creator stamps the wall clock as REV when none is set: drop it so output is reproducible
  return rev ? built.replace(/^(REV:[0-9T:-]+)\.000Z\r$/m, '$1Z\r') : built.replace(/^(BEGIN:VCARD\r\nVERSION:3\.0\r\n(?:PRODID:[^\r\n]*\r\n)?)REV:[^\r\n]*\r\n/, '$1')
}

/** RFC 6350 text escaping: backslash, comma, semicolon and line breaks. */
function esc(value: string, component = false): string {
  const v = value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/\r\n|[\r\n]/g, '\\n')
  return component ? v.replace(/;/g, '\\;') : v.replace(/;/g, '\\;')
}

/** Folds a content line at 75 octets without splitting a UTF-8 sequence. */
export function foldLine(line: string): string {
  const bytes = new TextEncoder().encode(line)
  if (bytes.length <= 75) return line
  const out: string[] = []
  let cur = ''
  let size = 0
  let limit = 75
  for (const ch of line) {
    const n = new TextEncoder().encode(ch).length
    if (size + n > limit) {
      out.push(cur)
      cur = ''
      size = 0
      limit = 74
    }
    cur += ch
    size += n
  }
  out.push(cur)
  return out.join('\r\n ')
}

function vcard4(c: Contact, options: VCardOptions): string {
  const isOrg = c.kind === 'org'
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `KIND:${isOrg ? 'org' : 'individual'}`]
  const fn = isOrg && c.organization && c.organization !== c.name ? `${c.name} (${c.organization})` : c.name
  lines.push(`FN:${esc(text(fn))}`)
  if (isOrg) lines.push('N:;;;;')
  else lines.push(`N:${esc(text(c.familyName ?? c.name), true)};${esc(text(c.givenName), true)};;;`)
  if (c.organization || isOrg) {
    const org = esc(text(c.organization ?? c.name), true)
    lines.push(isOrg && c.organization ? `ORG:${org};${esc(text(c.name), true)}` : `ORG:${org}`)
  }
  if (c.title) lines.push(`TITLE:${esc(text(c.title))}`)
  c.phones.forEach((p, k) => {
    const type = p.type === 'fax' ? 'work,fax' : p.type === 'mobile' ? 'cell' : 'work,voice'
    const ext = p.ext ? `;ext=${p.ext.replace(/\D/g, '')}` : ''
    lines.push(`TEL;VALUE=uri;TYPE="${type}"${k === 0 ? ';PREF=1' : ''}:tel:${sanitizeValue(p.e164)}${ext}`)
  })
  c.emails.forEach((e, k) => {
    lines.push(`EMAIL;TYPE=work${k === 0 ? ';PREF=1' : ''}:${sanitizeValue(e)}`)
  })
  for (const u of c.urls) lines.push(`URL:${sanitizeValue(u)}`)
  lines.push(`NOTE:${esc(text(provenanceNote(c)))}`)
  lines.push(`UID:urn:uuid:${contactUid(c)}`)
  const rev = revisionString(options.revision)
  if (rev) lines.push(`REV:${rev.replace(/[-:]/g, '')}`)
  lines.push('END:VCARD')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
