import ICAL from 'ical.js'
import type { Contact } from '../../src/index.js'

/** Parses a multi-card vCard string with ical.js (an independent parser) into its cards. */
export function parseCards(vcf: string): ICAL.Component[] {
  const parsed = ICAL.parse(vcf) as unknown[]
  const list = (typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[]
  return list.map((jcal) => new ICAL.Component(jcal as unknown[]))
}

/** Every value of a property, as strings (structured values joined with ';'). */
export const values = (card: ICAL.Component, prop: string): string[] =>
  card.getAllProperties(prop).map((p) => {
    const v = p.getFirstValue() as unknown
    return Array.isArray(v) ? v.join(';') : String(v)
  })

/** The raw values of a property (every value of a multi-valued one, structured ones as arrays). */
export const rawValues = (card: ICAL.Component, prop: string): unknown[] =>
  card.getAllProperties(prop).map((p) => p.getValues())

/** A valid contact to start from. */
export function person(over: Partial<Contact> = {}): Contact {
  return {
    kind: 'individual',
    name: 'Pascale Bresson',
    givenName: 'Pascale',
    familyName: 'Bresson',
    title: 'Head of Media Relations',
    organization: 'Orbital Harvest Consortium',
    phones: [{ e164: '+33199007539', type: 'voice', ext: null, raw: '01 99 00 75 39', label: 'Tel.' }],
    emails: ['pascale.bresson@example.fr'],
    urls: [],
    source: { line: 21, text: 'Pascale Bresson …' },
    ...over,
  }
}

/** A press desk of a known organisation. */
export function desk(over: Partial<Contact> = {}): Contact {
  return person({
    kind: 'org',
    name: 'Press Office',
    givenName: null,
    familyName: null,
    title: null,
    emails: ['presse@example.fr'],
    phones: [{ e164: '+33199007688', type: 'voice', ext: null, raw: '01 99 00 76 88', label: 'Tel.' }],
    ...over,
  })
}

/**
 * ical.js reads `\;` back as `;` only inside compound values (N, ORG): in other vCard 3.0 text values
 * (FN, TITLE, NOTE, EMAIL) it leaves the backslash, although RFC 2426 §4 makes `\;` the escape of `;`
 * in every text value (and vobject and ez-vcard read it so). This applies the missing step to a value
 * ical.js returned, which has already undone `\\`, so each remaining `\;` is one escaped semicolon.
 */
export const unescapeSemicolons3 = (v: string): string => v.replace(/\\;/g, ';')

/** {@link values} of a vCard 3.0 text property, with {@link unescapeSemicolons3}. */
export const text3 = (card: ICAL.Component, prop: string): string[] =>
  values(card, prop).map(unescapeSemicolons3)
