import ICAL from 'ical.js'
import { type ContentLine, type RawCard, vcardError } from './vcard-lines.js'

/** A property as ical.js reads it, with its line. */
export interface Prop {
  name: string
  group: string | null
  params: Record<string, string | string[]>
  value: unknown
  at: ContentLine
}

// Only what becomes part of a contact is parsed further; other properties (PHOTO, BDAY, ADR, …)
// only have to be well-formed lines.
const READ = /*@__PURE__*/ new Set([
  'version',
  'fn',
  'n',
  'org',
  'title',
  'tel',
  'email',
  'url',
  'kind',
  'note',
  'x-ablabel',
  'x-abshowas',
])

/** The text of a jCard value: components joined by spaces, trimmed. */
export function text(v: unknown): string {
  if (Array.isArray(v))
    return v
      .map(text)
      .filter((s) => s !== '')
      .join(' ')
  // ical.js leaves '\;' in text values, which vCard 3.0 writers (vcard-creator, Apple) escape
  return typeof v === 'string'
    ? v.replace(/\\;/g, ';').trim()
    : v === undefined || v === null
      ? ''
      : String(v).trim()
}
/** The components of a structured value (N, ORG). */
export const parts = (v: unknown): string[] => (Array.isArray(v) ? v.map(text) : [text(v)])
/** The values of a parameter, lower-cased, comma lists split (`TYPE=work,voice`). */
export const list = (p: string | string[] | undefined): string[] =>
  (Array.isArray(p) ? p : p === undefined ? [] : [p])
    .flatMap((x) => x.split(','))
    .map((x) => x.trim().toLowerCase())

/** vCard 2.1 writes bare parameters (`TEL;CELL:`): read them as TYPE values. */
function bareParams(line: string): string {
  const colon = line.indexOf(':')
  if (colon < 0 || line.lastIndexOf('"', colon) >= 0) return line
  const head = line.slice(0, colon).replace(/;([A-Za-z0-9-]+)(?=;|$)/g, ';TYPE=$1')
  return head + line.slice(colon)
}

/**
 * The VERSION of a card and the properties a contact is made of, parsed by ical.js with the design
 * set of that version; a property ical.js cannot read throws INVALID_VCARD with its line.
 */
export function readProps(card: RawCard): { version: string; props: Prop[] } {
  const versionLine = card.properties.find((p) => /^VERSION:/i.test(p.text))
  const version = versionLine ? versionLine.text.slice(8).trim() : '3.0'
  if (!['2.1', '3.0', '4.0'].includes(version))
    throw vcardError(
      versionLine!.line,
      `unsupported VERSION ${JSON.stringify(version)} (2.1, 3.0 and 4.0 are read)`,
    )
  const design = version === '4.0' ? ICAL.design.vcard : ICAL.design.vcard3
  const props: Prop[] = []
  for (const at of card.properties) {
    const name = /^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)/.exec(at.text)![1]!.toLowerCase()
    if (!READ.has(name)) continue
    let jcard: [string, Record<string, string | string[]>, string, ...unknown[]]
    try {
      jcard = ICAL.parse.property(version === '2.1' ? bareParams(at.text) : at.text, design)
    } catch (cause) {
      throw vcardError(at.line, `cannot read ${name.toUpperCase()}: ${(cause as Error).message}`, cause)
    }
    const { group, ...params } = jcard[1]
    props.push({
      name,
      group: typeof group === 'string' ? group.toLowerCase() : null,
      params,
      value: jcard[3],
      at,
    })
  }
  return { version, props }
}
