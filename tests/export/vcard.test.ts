import { describe, expect, it } from 'vitest'
import { type Contact, extractContacts, isPressContactsError, toVCard } from '../../src/index.js'
import { desk, parseCards, person, rawValues, text3, values } from './helpers.js'

const D001 = `Pascale Bresson    Tel. +33 (0)1 44 76 75 39       pascale.bresson@cnes.fr
Fabienne Lissak     Tel. +33 (0)1 44 76 78 37       fabienne.lissak@cnes.fr
Raphaël Sart          Tel. +33 (0)1 44 76 74 51        raphael.sart@cnes.fr
Press Office           Tel. +33 (0)1 44 76 76 88       cnes-presse@cnes.fr`

const lines = (vcf: string) => vcf.split('\r\n')

describe('toVCard 3.0', () => {
  const { contacts } = extractContacts(D001, { defaultCountry: 'FR' })
  const vcf = toVCard(contacts)

  it('writes one card per contact that ical.js reads back with the same names, numbers and e-mails', () => {
    const cards = parseCards(vcf)
    expect(cards).toHaveLength(4)
    expect(cards.map((c) => values(c, 'version')[0])).toEqual(['3.0', '3.0', '3.0', '3.0'])
    expect(cards.map((c) => values(c, 'fn')[0])).toEqual([
      'Pascale Bresson',
      'Fabienne Lissak',
      'Raphaël Sart',
      'Press Office',
    ])
    expect(cards.map((c) => values(c, 'tel'))).toEqual(contacts.map((c) => c.phones.map((p) => p.e164)))
    expect(cards.map((c) => values(c, 'email'))).toEqual(contacts.map((c) => c.emails))
  })

  it('types TEL work,voice / work,fax / cell, keeps the extension, types EMAIL internet', () => {
    const c = person({
      phones: [
        { e164: '+33144767539', type: 'voice', ext: '204', raw: '', label: null },
        { e164: '+33144767600', type: 'fax', ext: null, raw: '', label: null },
        { e164: '+33612345678', type: 'mobile', ext: null, raw: '', label: null },
        { e164: '+12025550171', type: 'unknown', ext: null, raw: '', label: null },
      ],
    })
    const card = parseCards(toVCard([c]))[0]!
    const tels = card.getAllProperties('tel')
    expect(tels.map((t) => String(t.getFirstValue()))).toEqual([
      '+33144767539 ext. 204',
      '+33144767600',
      '+33612345678',
      '+12025550171',
    ])
    expect(tels.map((t) => t.getParameter('type'))).toEqual([
      ['WORK', 'VOICE'],
      ['WORK', 'FAX'],
      'CELL',
      ['WORK', 'VOICE'],
    ])
    const email = card.getFirstProperty('email')!
    expect(email.getParameter('type')).toEqual('INTERNET')
  })

  it('writes N from the split name, ORG and TITLE', () => {
    const cards = parseCards(toVCard([person()]))
    expect(rawValues(cards[0]!, 'n')).toEqual([[['Bresson', 'Pascale', '', '', '']]])
    expect(values(cards[0]!, 'org')).toEqual(['Orbital Harvest Consortium'])
    expect(values(cards[0]!, 'title')).toEqual(['Head of Media Relations'])
    expect(parseCards(vcf)[2]!.getFirstPropertyValue('n')).toEqual(['Sart', 'Raphaël', '', '', ''])
  })

  it('writes desks as company cards: FN the desk and its organisation, empty N, ORG "Org;Desk"', () => {
    const card = parseCards(toVCard([desk()]))[0]!
    expect(values(card, 'fn')).toEqual(['Press Office (Orbital Harvest Consortium)'])
    expect(rawValues(card, 'n')).toEqual([[['', '', '', '', '']]])
    expect(rawValues(card, 'org')).toEqual([[['Orbital Harvest Consortium', 'Press Office']]])
    expect(values(card, 'x-abshowas')).toEqual(['COMPANY'])
    // a desk with no known organisation: FN and ORG are the desk
    const alone = parseCards(toVCard([desk({ organization: null })]))[0]!
    expect(values(alone, 'fn')).toEqual(['Press Office'])
    expect(values(alone, 'org')).toEqual(['Press Office'])
    // a desk whose name already says whose it is
    const named = parseCards(toVCard([desk({ name: 'Orbital Harvest Consortium Press Office' })]))[0]!
    expect(values(named, 'fn')).toEqual(['Orbital Harvest Consortium Press Office'])
  })

  it('carries provenance in NOTE', () => {
    const c = person({ source: { line: 12, text: 'x', uri: 'https://example.org/r;1', date: '2024-03-12' } })
    const card = parseCards(toVCard([c]))[0]!
    expect(text3(card, 'note')).toEqual([
      'Extracted by press-contacts from line 12 of https://example.org/r;1 (2024-03-12)',
    ])
  })

  it('is deterministic: no REV unless asked, the same UIDs on every run', () => {
    expect(vcf).not.toMatch(/^REV/m)
    expect(toVCard(extractContacts(D001, { defaultCountry: 'FR' }).contacts)).toBe(vcf)
    const uids = parseCards(vcf).map((c) => values(c, 'uid')[0])
    expect(new Set(uids).size).toBe(4)
    expect(toVCard(contacts, { revision: '2024-03-12T10:00:00Z' })).toMatch(/^REV:2024-03-12T10:00:00Z\r$/m)
    expect(toVCard(contacts, { revision: new Date(Date.UTC(2024, 2, 12, 10)) })).toMatch(
      /^REV:2024-03-12T10:00:00Z\r$/m,
    )
  })

  it('never writes two cards with one UID, even for a contact repeated in the list', () => {
    const twice = [desk(), person(), desk({ phones: [] })]
    const uids = parseCards(toVCard(twice)).map((c) => values(c, 'uid')[0])
    expect(new Set(uids).size).toBe(3)
    expect(uids[0]).toBe(values(parseCards(toVCard([desk()]))[0]!, 'uid')[0])
    expect(parseCards(toVCard(twice)).map((c) => values(c, 'uid')[0])).toEqual(uids)
  })

  it('rejects a revision that is not a date and an unknown version', () => {
    const err = (() => {
      try {
        toVCard(contacts, { revision: 'yesterday' })
      } catch (e) {
        return e
      }
    })()
    expect(isPressContactsError(err) && err.code).toBe('INVALID_ARGUMENT')
    expect(() => toVCard(contacts, { version: '2.1' as '3.0' })).toThrow(/version/)
  })

  it('uses CRLF line ends and folds lines at 75 octets', () => {
    expect(vcf.split('\n').every((l) => l === '' || l.endsWith('\r'))).toBe(true)
    const long = person({ title: 'Υπεύθυνη Τύπου '.repeat(12) + '📰'.repeat(20) })
    const out = toVCard([long])
    expect(lines(out).every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true)
    expect(out).not.toContain('\uFFFD')
    expect(values(parseCards(out)[0]!, 'title')).toEqual([long.title])
  })

  it('cannot be broken by values holding line breaks or a fake card', () => {
    const evil: Contact = {
      ...contacts[0]!,
      name: 'Eve\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Mallory',
      familyName: 'Ev;e\\s',
      givenName: 'A,b',
      title: 'Chief\rOfficer',
      emails: ['eve@example.com\r\nEND:VCARD'],
      urls: ['https://example.com/a\nb'],
    }
    const out = toVCard([evil, contacts[1]!])
    const cards = parseCards(out)
    expect(cards).toHaveLength(2)
    expect(out.match(/^BEGIN:VCARD/gm)).toHaveLength(2)
    expect(out.match(/^END:VCARD/gm)).toHaveLength(2)
    // text values come back with their line breaks (as LF); one-line values with a space instead
    expect(text3(cards[0]!, 'fn')).toEqual(['Eve\nEND:VCARD\nBEGIN:VCARD\nFN:Mallory'])
    expect(rawValues(cards[0]!, 'n')).toEqual([[['Ev;e\\s', 'A,b', '', '', '']]])
    expect(values(cards[0]!, 'title')).toEqual(['Chief\nOfficer'])
    expect(values(cards[0]!, 'email')).toEqual(['eve@example.com END:VCARD'])
    expect(values(cards[0]!, 'url')).toEqual(['https://example.com/a b'])
    expect(out).not.toMatch(/\r(?!\n)|(?<!\r)\n/)
  })
})

describe('toVCard 4.0', () => {
  const c = person({
    phones: [
      { e164: '+33144767539', type: 'voice', ext: '204', raw: '', label: null },
      { e164: '+33612345678', type: 'mobile', ext: null, raw: '', label: null },
    ],
    emails: ['a@example.fr', 'b@example.fr'],
  })
  const out = toVCard([c, desk()], { version: '4.0', revision: '2024-03-12T10:30:00Z' })
  const cards = parseCards(out)

  it('writes KIND, TEL as tel: URIs with ;ext=, PREF on the first TEL and EMAIL, REV in the basic format', () => {
    expect(cards).toHaveLength(2)
    expect(cards.map((k) => values(k, 'version')[0])).toEqual(['4.0', '4.0'])
    expect(cards.map((k) => values(k, 'kind')[0])).toEqual(['individual', 'org'])
    const tels = cards[0]!.getAllProperties('tel')
    expect(tels.map((t) => t.getFirstValue())).toEqual(['tel:+33144767539;ext=204', 'tel:+33612345678'])
    expect(tels.map((t) => t.getParameter('pref'))).toEqual(['1', undefined])
    expect(tels[1]!.getParameter('type')).toEqual('cell')
    const emails = cards[0]!.getAllProperties('email')
    expect(emails.map((e) => e.getParameter('pref'))).toEqual(['1', undefined])
    expect(out).toMatch(/^REV:20240312T103000Z\r$/m)
    expect(out).toMatch(
      /^UID:urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\r$/m,
    )
  })

  it('writes desks with KIND:org, an empty N and ORG "Org;Desk", no X-ABShowAs', () => {
    expect(values(cards[1]!, 'fn')).toEqual(['Press Office (Orbital Harvest Consortium)'])
    expect(rawValues(cards[1]!, 'org')).toEqual([[['Orbital Harvest Consortium', 'Press Office']]])
    expect(rawValues(cards[1]!, 'n')).toEqual([[['', '', '', '', '']]])
  })

  it('gives each contact the same UID in 3.0 and 4.0', () => {
    const uid3 = values(parseCards(toVCard([c]))[0]!, 'uid')[0]
    expect(values(cards[0]!, 'uid')[0]).toBe(`urn:uuid:${uid3}`)
  })
})
