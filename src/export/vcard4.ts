import type { CardFields, CardPhone } from './card.js'
import { escapeText, foldLine } from './sanitize.js'

// Our own RFC 6350 writer rather than ical.js's: the format is a few dozen lines of escaping and
// folding; we control both (octet folding that never splits a character, the escaping each property
// needs), writing stays independent of the 78 kB parser that only the importer needs, and the tests
// keep ical.js as an independent reader of what we write rather than checking it against itself.

/** TYPE of a TEL in vCard 4.0 and jCard, by the kind of phone. */
export const TEL_TYPE_4: Record<CardPhone['kind'], string[]> = {
  voice: ['work', 'voice'],
  fax: ['work', 'fax'],
  cell: ['cell'],
}

/** A TEL of E.164 shape (every contact that passes ContactSchema) is written as a `tel:` URI. */
export function telUri(p: CardPhone): string | null {
  if (!/^\+[0-9]{2,15}$/.test(p.number)) return null
  return `tel:${p.number}${p.ext ? `;ext=${p.ext}` : ''}`
}

/** A TEL that is not an E.164 number cannot be a `tel:` URI: it is written as text. */
export function telText(p: CardPhone): string {
  return p.ext ? `${p.number} ext. ${p.ext}` : p.number
}

/** `20240312T103000Z`: the basic format RFC 6350 §4.3.5 gives for a timestamp. */
export function basicTimestamp(d: Date): string {
  return d
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}

/** One contact's fields as a vCard 4.0, CRLF line ends, folded. */
export function vcard4(f: CardFields, rev: Date | null): string {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', `KIND:${f.kind}`, `FN:${escapeText(f.fn, false)}`]
  lines.push(f.name ? `N:${escapeText(f.name.family)};${escapeText(f.name.given)};;;` : 'N:;;;;')
  if (f.org) lines.push(`ORG:${f.org.map((o) => escapeText(o)).join(';')}`)
  if (f.title !== null) lines.push(`TITLE:${escapeText(f.title, false)}`)
  f.phones.forEach((p, k) => {
    const params = `;TYPE="${TEL_TYPE_4[p.kind].join(',')}"${k === 0 ? ';PREF=1' : ''}`
    const uri = telUri(p)
    lines.push(
      uri ? `TEL;VALUE=uri${params}:${uri}` : `TEL;VALUE=text${params}:${escapeText(telText(p), false)}`,
    )
  })
  f.emails.forEach((e, k) => {
    lines.push(`EMAIL;TYPE=work${k === 0 ? ';PREF=1' : ''}:${escapeText(e, false)}`)
  })
  // commas escaped even in a URI: RFC 6350 §3.4 asks it of every value, and parsers (ical.js,
  // ez-vcard) unescape URL values
  for (const u of f.urls) lines.push(`URL:${escapeText(u, false)}`)
  lines.push(`NOTE:${escapeText(f.note, false)}`)
  lines.push(`UID:urn:uuid:${escapeText(f.uid, false)}`)
  if (rev) lines.push(`REV:${basicTimestamp(rev)}`)
  lines.push('END:VCARD')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
