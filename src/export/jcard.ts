import type { Contact } from '../model/contact.js'
import {
  type CardFields,
  cardFields,
  cardFieldsList,
  checkContacts,
  isoTimestamp,
  revisionDate,
} from './card.js'
import { TEL_TYPE_4, telText, telUri } from './vcard4.js'

/**
 * One property of a jCard: `[name, parameters, value type, value]` (RFC 7095 §3.3).
 *
 * @example
 * const tel: JCardProperty = ['tel', { type: ['work', 'voice'], pref: '1' }, 'uri', 'tel:+33144767539;ext=204']
 */
export type JCardProperty = [
  name: string,
  parameters: Record<string, string | string[]>,
  type: string,
  value: string | string[],
]
/**
 * One jCard: `['vcard', properties]`.
 *
 * @example
 * const card: JCard = contactToJCard(contact)
 */
export type JCard = ['vcard', JCardProperty[]]

/**
 * Options of {@link toJCard} and {@link contactToJCard}.
 *
 * @example
 * toJCard(contacts, { revision: '2024-03-12T10:30:00Z' } satisfies JCardOptions)
 */
export interface JCardOptions {
  /** REV of every card (a Date or an ISO 8601 string); none when absent. */
  revision?: Date | string
}

/**
 * One contact as a jCard (RFC 7095): the vCard 4.0 that {@link toVCard} writes, as JSON data. Values
 * are not escaped (JSON does that); text keeps its line breaks as LF.
 *
 * @example
 * const [, props] = contactToJCard(contact)
 * props.find(([name]) => name === 'fn') // ['fn', {}, 'text', 'Pascale Bresson']
 */
export function contactToJCard(contact: Contact, options: JCardOptions = {}): JCard {
  return jcard(cardFields(contact), revisionDate(options.revision))
}

/**
 * Writes contacts as jCards (RFC 7095): a JSON array holding one jCard per contact, in input order,
 * one property a line, with a final newline. The same properties as vCard 4.0: version, kind, fn, n, org,
 * title, tel (`tel:` URIs with `;ext=`, `pref` on the first), email, url, note, uid, rev.
 *
 * @param contacts - the records to write
 * @param options - a fixed REV
 * @returns JSON text: `[["vcard", [...]], ...]`
 * @example
 * writeFileSync('contacts.jcard.json', toJCard(contacts))
 */
export function toJCard(contacts: readonly Contact[], options: JCardOptions = {}): string {
  const rev = revisionDate(options.revision)
  checkContacts(contacts)
  if (contacts.length === 0) return '[]\n'
  // one property a line: readable, diffable, and still plain JSON
  const cards = cardFieldsList(contacts).map((f) => {
    const [, props] = jcard(f, rev)
    return `  ["vcard", [\n${props.map((p) => `    ${JSON.stringify(p)}`).join(',\n')}\n  ]]`
  })
  return `[\n${cards.join(',\n')}\n]\n`
}

function jcard(f: CardFields, rev: Date | null): JCard {
  const props: JCardProperty[] = [
    ['version', {}, 'text', '4.0'],
    ['kind', {}, 'text', f.kind],
    ['fn', {}, 'text', f.fn],
    ['n', {}, 'text', f.name ? [f.name.family, f.name.given, '', '', ''] : ['', '', '', '', '']],
  ]
  if (f.org) props.push(['org', {}, 'text', f.org.length === 1 ? f.org[0]! : f.org])
  if (f.title !== null) props.push(['title', {}, 'text', f.title])
  f.phones.forEach((p, k) => {
    const params: Record<string, string | string[]> = { type: TEL_TYPE_4[p.kind] }
    if (k === 0) params.pref = '1'
    const uri = telUri(p)
    props.push(uri ? ['tel', params, 'uri', uri] : ['tel', params, 'text', telText(p)])
  })
  f.emails.forEach((e, k) => {
    props.push(['email', k === 0 ? { type: 'work', pref: '1' } : { type: 'work' }, 'text', e])
  })
  for (const u of f.urls) props.push(['url', {}, 'uri', u])
  props.push(['note', {}, 'text', f.note])
  props.push(['uid', {}, 'uri', `urn:uuid:${f.uid}`])
  // jCard writes timestamps in the extended form (RFC 7095 §3.5.6)
  if (rev) props.push(['rev', {}, 'timestamp', isoTimestamp(rev)])
  return ['vcard', props]
}
