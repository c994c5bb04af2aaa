import { describe, expect, it } from 'vitest'
import { ContactSchema, extractContacts } from '../src/index.js'

const D001 = `Pascale Bresson    Tel. +33 (0)1 44 76 75 39       pascale.bresson@cnes.fr
Fabienne Lissak     Tel. +33 (0)1 44 76 78 37       fabienne.lissak@cnes.fr
Raphaël Sart          Tel. +33 (0)1 44 76 74 51        raphael.sart@cnes.fr
Press Office           Tel. +33 (0)1 44 76 76 88       cnes-presse@cnes.fr`

describe('extractContacts on the mission example (columns)', () => {
  const { contacts, warnings } = extractContacts(D001, { defaultCountry: 'FR' })

  it('reads four records, the desk as kind org', () => {
    expect(contacts.map((c) => [c.kind, c.name])).toEqual([
      ['individual', 'Pascale Bresson'],
      ['individual', 'Fabienne Lissak'],
      ['individual', 'Raphaël Sart'],
      ['org', 'Press Office'],
    ])
    expect(warnings).toEqual([])
  })

  it('normalises phones to E.164, drops the (0) trunk and types them from the label', () => {
    expect(contacts.map((c) => c.phones.map((p) => [p.e164, p.type, p.label]))).toEqual([
      [['+33144767539', 'voice', 'Tel.']],
      [['+33144767837', 'voice', 'Tel.']],
      [['+33144767451', 'voice', 'Tel.']],
      [['+33144767688', 'voice', 'Tel.']],
    ])
  })

  it('keeps each e-mail with its person', () => {
    expect(contacts.map((c) => c.emails)).toEqual([
      ['pascale.bresson@cnes.fr'],
      ['fabienne.lissak@cnes.fr'],
      ['raphael.sart@cnes.fr'],
      ['cnes-presse@cnes.fr'],
    ])
  })

  it('splits given and family names and records the source line', () => {
    expect(contacts[2]).toMatchObject({ givenName: 'Raphaël', familyName: 'Sart', source: { line: 3 } })
    expect(contacts[3]).toMatchObject({ givenName: null, familyName: null, source: { line: 4 } })
  })

  it('returns records that pass ContactSchema', () => {
    for (const c of contacts) expect(ContactSchema.safeParse(c).success).toBe(true)
  })
})

describe('phones', () => {
  it('reads labels for fax and mobile and keeps extensions', () => {
    const { contacts } = extractContacts(
      'Julie Martin\nTél. : 01 99 00 11 22 poste 312 – Fax : 01 99 00 11 23 – Portable : 06 12 34 56 78',
      {
        defaultCountry: 'FR',
      },
    )
    expect(contacts[0]!.phones.map((p) => [p.e164, p.type, p.ext])).toEqual([
      ['+33199001122', 'voice', '312'],
      ['+33199001123', 'fax', null],
      ['+33612345678', 'mobile', null],
    ])
  })

  it('reads numbers spaced with narrow no-break spaces', () => {
    const { contacts } = extractContacts('Service de presse : 01\u202F99\u202F00\u202F11\u202F22', {
      defaultCountry: 'FR',
    })
    expect(contacts[0]!.phones[0]!.e164).toBe('+33199001122')
  })

  it('does not read dates, amounts, references or emergency numbers as phones', () => {
    const text =
      'On 15/05/2024 revenue rose to 1 250 000 euros (ISBN 978-3-16-148410-0, order 2024-0173-FR). Call 112.'
    expect(extractContacts(text, { defaultCountry: 'FR' }).contacts).toEqual([])
  })

  it('warns about a national number no country the text points to can read, instead of guessing', () => {
    const { contacts, warnings } = extractContacts('Tel 0123 456 789 0123 4567 89')
    expect(contacts).toEqual([])
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['INVALID_PHONE', 1]])
  })

  it('infers the country from the other numbers of the block', () => {
    const { contacts } = extractContacts('Anna Schmidt\nTel. +49 30 23125 100\nMobil 0152 28817386')
    expect(contacts[0]!.phones.map((p) => p.e164)).toEqual(['+493023125100', '+4915228817386'])
  })
})

describe('errors', () => {
  it('rejects an unknown country with a typed error', () => {
    expect(() => extractContacts('x', { defaultCountry: 'XX' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_COUNTRY' }),
    )
  })
  it('rejects oversized input', () => {
    expect(() => extractContacts('a'.repeat(101), { maxLength: 100 })).toThrowError(
      expect.objectContaining({ code: 'INPUT_TOO_LARGE' }),
    )
  })
})
