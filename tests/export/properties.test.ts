// Properties of the writers: whatever the values hold, the output has exactly one card per contact and
// every value reads back unchanged through ical.js (an independent parser), with the documented
// exceptions: line breaks in text values read back as LF; TEL, EMAIL and URL values have line breaks
// replaced by a space and surrounding whitespace trimmed; a vCard 3.0 TEL loses its backslashes.
import { fc, test } from '@fast-check/vitest'
import ICAL from 'ical.js'
import { describe, expect } from 'vitest'
import { type Contact, fromJSON, type Phone, toJCard, toJSON, toVCard } from '../../src/index.js'
import { parseCards, rawValues, text3, unescapeSemicolons3, values } from './helpers.js'

const NASTY = [
  '\r',
  '\n',
  '\r\n',
  ';',
  ',',
  '\\',
  ':',
  '"',
  ' ',
  'END:VCARD\r\nBEGIN:VCARD',
  'é',
  '📰',
  '\u2028',
]

/** Strings mixing the characters that break naive vCard writers with ordinary text. */
const nasty = fc
  .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme-ascii', maxLength: 6 })), {
    maxLength: 10,
  })
  .map((parts) => parts.join(''))

// ical.js splits compound values (N, ORG) at any `;` preceded by a backslash, so a component that
// ends with a backslash is misread (its unescapedIndexOf does not count escaped backslashes): such
// components are left out of the generated values. Every other position of `\` is covered.
const component = nasty.filter((s) => !s.endsWith('\\'))

/** The expected reading of a text value: line breaks as LF. */
const asText = (s: string) => s.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\n')
/** The expected reading of a one-line value: line breaks as spaces, trimmed. */
const asLine = (s: string) => s.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ').trim()

const phone: fc.Arbitrary<Phone> = fc.record({
  e164: fc.oneof(
    nasty.filter((s) => asLine(s) !== ''),
    fc.stringMatching(/^\+[1-9][0-9]{6,13}$/),
  ),
  type: fc.constantFrom('voice', 'fax', 'mobile', 'unknown'),
  ext: fc.option(fc.stringMatching(/^[0-9]{1,6}$/)),
  raw: nasty,
  label: fc.option(nasty),
})

const contact: fc.Arbitrary<Contact> = fc.record({
  kind: fc.constant('individual' as const),
  // a letter first, so that FN is never blank (a blank name falls back on other fields); a component,
  // since an unsplit name is N's family name
  name: component.map((s) => `N${s}`),
  givenName: fc.option(component.map((s) => `G${s}`)),
  familyName: fc.option(component.map((s) => `F${s}`)),
  title: fc.option(nasty.map((s) => `T${s}`)),
  organization: fc.option(component.map((s) => `O${s}`)),
  phones: fc.array(phone, { maxLength: 3 }),
  emails: fc.array(
    nasty.filter((s) => asLine(s) !== ''),
    { maxLength: 3 },
  ),
  urls: fc.array(
    nasty.filter((s) => asLine(s) !== ''),
    { maxLength: 2 },
  ),
  source: fc.record(
    { line: fc.integer({ min: 1, max: 9999 }), text: nasty },
    { requiredKeys: ['line', 'text'] },
  ),
})

const contacts = fc.array(contact, { minLength: 1, maxLength: 4 })

const expectedN = (c: Contact) =>
  c.givenName === null && c.familyName === null
    ? [asText(c.name), '', '', '', '']
    : [asText(c.familyName ?? ''), asText(c.givenName ?? ''), '', '', '']

const isE164 = (s: string) => /^\+[0-9]{2,15}$/.test(s)

describe('vCard writers under hostile values', () => {
  test.prop([contacts], { numRuns: 300 })(
    '3.0: one card per contact, every value read back by ical.js',
    (list) => {
      const vcf = toVCard(list)
      expect(vcf.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(list.length)
      expect(vcf.match(/^END:VCARD\r$/gm)).toHaveLength(list.length)
      expect(vcf).not.toMatch(/\r(?!\n)|(?<!\r)\n/)
      const cards = parseCards(vcf)
      expect(cards).toHaveLength(list.length)
      list.forEach((c, i) => {
        const card = cards[i]!
        expect(text3(card, 'fn')).toEqual([asText(c.name)])
        expect(rawValues(card, 'n')).toEqual([[expectedN(c)]])
        expect(text3(card, 'title')).toEqual(c.title === null ? [] : [asText(c.title)])
        if (c.organization !== null && c.organization.trim() !== '')
          expect(values(card, 'org')).toEqual([asText(c.organization)])
        expect(values(card, 'tel')).toEqual(
          c.phones.map((p) => asLine(p.e164).replace(/\\/g, '') + (p.ext ? ` ext. ${p.ext}` : '')),
        )
        expect(text3(card, 'email')).toEqual(c.emails.map(asLine))
        expect(values(card, 'url')).toEqual(c.urls.map(asLine))
        expect(card.getAllProperties('note')).toHaveLength(1)
      })
    },
  )

  test.prop([contacts], { numRuns: 300 })(
    '4.0: one card per contact, every value read back by ical.js',
    (list) => {
      const vcf = toVCard(list, { version: '4.0', revision: '2024-03-12T10:30:00Z' })
      expect(vcf.match(/^BEGIN:VCARD\r$/gm)).toHaveLength(list.length)
      expect(vcf.match(/^END:VCARD\r$/gm)).toHaveLength(list.length)
      expect(vcf).not.toMatch(/\r(?!\n)|(?<!\r)\n/)
      const cards = parseCards(vcf)
      expect(cards).toHaveLength(list.length)
      list.forEach((c, i) => {
        const card = cards[i]!
        expect(values(card, 'fn')).toEqual([asText(c.name)])
        expect(rawValues(card, 'n')).toEqual([[expectedN(c)]])
        expect(values(card, 'title')).toEqual(c.title === null ? [] : [asText(c.title)])
        expect(values(card, 'tel')).toEqual(
          c.phones.map((p) => {
            const n = asLine(p.e164)
            if (isE164(n)) return `tel:${n}${p.ext ? `;ext=${p.ext}` : ''}`
            return n + (p.ext ? ` ext. ${p.ext}` : '')
          }),
        )
        expect(values(card, 'email')).toEqual(c.emails.map(asLine))
        expect(values(card, 'url')).toEqual(c.urls.map(asLine))
      })
    },
  )

  test.prop([contacts], { numRuns: 200 })('jCard: ical.js reads every jCard with the same values', (list) => {
    const jcards = JSON.parse(toJCard(list)) as unknown[]
    expect(jcards).toHaveLength(list.length)
    list.forEach((c, i) => {
      const card = new ICAL.Component(jcards[i] as unknown[])
      expect(values(card, 'fn')).toEqual([asText(c.name)])
      expect(rawValues(card, 'n')).toEqual([[expectedN(c)]])
      expect(values(card, 'email')).toEqual(c.emails.map(asLine))
      // and ical.js writes it as a vCard 4.0 that it reads back the same
      const again = parseCards(card.toString())[0]!
      expect(values(again, 'fn')).toEqual([asText(c.name)])
    })
  })
})

describe('JSON round trip', () => {
  // Contacts that pass ContactSchema: hostile text where the schema allows any string.
  const valid: fc.Arbitrary<Contact> = contact.map((c) => ({
    ...c,
    phones: c.phones.map((p, k) => ({ ...p, e164: `+3314476${String(7500 + k).padStart(4, '0')}` })),
    emails: c.emails.map((_, k) => `user${k}@example.fr`),
  }))
  const withOrgs = fc
    .tuple(valid, fc.boolean())
    .map(([c, org]) => (org ? { ...c, kind: 'org' as const, givenName: null, familyName: null } : c))

  test.prop([fc.array(withOrgs, { maxLength: 5 })], { numRuns: 300 })(
    'fromJSON(toJSON(x)) deep-equals x',
    (list) => {
      expect(fromJSON(toJSON(list))).toEqual(list)
    },
  )

  test.prop([fc.array(withOrgs, { maxLength: 3 })])(
    'toJSON is stable: writing what fromJSON read gives the same text',
    (list) => {
      const text = toJSON(list)
      expect(toJSON(fromJSON(text))).toBe(text)
    },
  )
})

// keep the helper honest: it only undoes escaped semicolons
test('unescapeSemicolons3 undoes only \\;', () => {
  expect(unescapeSemicolons3('a\\;b\\,c\\\\')).toBe('a;b\\,c\\\\')
})
