import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { type Contact, extractContacts, toVCard } from '../src/index.js'

const D001 = `Pascale Bresson    Tel. +33 (0)1 44 76 75 39       pascale.bresson@cnes.fr
Fabienne Lissak     Tel. +33 (0)1 44 76 78 37       fabienne.lissak@cnes.fr
Raphaël Sart          Tel. +33 (0)1 44 76 74 51        raphael.sart@cnes.fr
Press Office           Tel. +33 (0)1 44 76 76 88       cnes-presse@cnes.fr`

/** Parses a multi-card vCard string with ical.js (an independent parser) into its cards. */
export function parseCards(vcf: string): ICAL.Component[] {
  const parsed = ICAL.parse(vcf) as unknown
  const list = (Array.isArray(parsed[0 as keyof typeof parsed]) ? parsed : [parsed]) as unknown[]
  return list.map((jcal) => new ICAL.Component(jcal as unknown[]))
}

const values = (card: ICAL.Component, prop: string) => card.getAllProperties(prop).map((p) => String(p.getFirstValue()))

describe('toVCard 3.0', () => {
  const { contacts } = extractContacts(D001, { defaultCountry: 'FR' })
  const vcf = toVCard(contacts)

  it('writes one card per contact that ical.js reads back with the same names, numbers and e-mails', () => {
    const cards = parseCards(vcf)
    expect(cards).toHaveLength(4)
    expect(cards.map((c) => values(c, 'fn')[0])).toEqual(['Pascale Bresson', 'Fabienne Lissak', 'Raphaël Sart', 'Press Office'])
    expect(cards.map((c) => values(c, 'tel'))).toEqual(contacts.map((c) => c.phones.map((p) => p.e164)))
    expect(cards.map((c) => values(c, 'email'))).toEqual(contacts.map((c) => c.emails))
  })

  it('marks desks as company cards and writes N from the split name', () => {
    const cards = parseCards(vcf)
    expect(values(cards[3]!, 'x-abshowas')).toEqual(['COMPANY'])
    expect(cards[2]!.getFirstPropertyValue('n')).toEqual(['Sart', 'Raphaël', '', '', ''])
  })

  it('is deterministic: no REV unless asked, the same UIDs on every run', () => {
    expect(vcf).not.toMatch(/^REV/m)
    expect(toVCard(extractContacts(D001, { defaultCountry: 'FR' }).contacts)).toBe(vcf)
    const uids = parseCards(vcf).map((c) => values(c, 'uid')[0])
    expect(new Set(uids).size).toBe(4)
    expect(toVCard(contacts, { revision: '2024-03-12T10:00:00Z' })).toMatch(/^REV:2024-03-12T10:00:00Z\r$/m)
  })

  it('uses CRLF line ends', () => {
    expect(vcf.split('\n').every((l) => l === '' || l.endsWith('\r'))).toBe(true)
  })

  it('cannot be broken by values holding line breaks or a fake card', () => {
    const evil: Contact = {
      ...contacts[0]!,
      name: 'Eve\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Mallory',
      familyName: 'Ev;e\\',
      givenName: 'A,b',
      title: 'Chief\rOfficer',
      emails: ['eve@example.com'],
      urls: ['https://example.com/a\nb'],
    }
    const out = toVCard([evil, contacts[1]!])
    const cards = parseCards(out)
    expect(cards).toHaveLength(2)
    expect(out.match(/^BEGIN:VCARD/gm)).toHaveLength(2)
    expect(values(cards[0]!, 'fn')[0]).not.toMatch(/[\r\n]/)
  })
})
