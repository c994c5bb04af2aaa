import { describe, expect, it } from 'vitest'
import { findPhones, scanNumberRuns } from '../../src/extract/phones.js'
import { LOCALES, lexiconFor } from '../../src/locales/index.js'
import type { CountryCode } from '../../src/phone.js'

const lex = lexiconFor(LOCALES[0]!)
const phones = (line: string, country: CountryCode) =>
  findPhones(line, { country, lex }).phones.map((p) => [p.e164, p.type, p.ext])

describe('findPhones', () => {
  it('types numbers by the label before them, in several languages', () => {
    expect(phones('Tél. : 01 99 00 11 22 – Fax : 01 99 00 11 23', 'FR')).toEqual([
      ['+33199001122', 'voice', null],
      ['+33199001123', 'fax', null],
    ])
    expect(phones('Handy: 0152 28817386', 'DE')).toEqual([['+4915228817386', 'mobile', null]])
    expect(phones('Móvil: 612 345 678', 'ES')).toEqual([['+34612345678', 'mobile', null]])
    expect(phones('T +31 20 123 4567 | M +31 6 12345678', 'NL')).toEqual([
      ['+31201234567', 'voice', null],
      ['+31612345678', 'mobile', null],
    ])
  })

  it('carries a label over a list of numbers', () => {
    expect(phones('Telephone: 01494 421 625; 01494 421 557 or 01494 421 230', 'GB').map((p) => p[1])).toEqual(
      ['voice', 'voice', 'voice'],
    )
  })

  it('reads extensions libphonenumber-js does not know', () => {
    expect(phones('01 99 00 45 67 poste 312', 'FR')).toEqual([['+33199004567', 'unknown', '312']])
    expect(phones('Tel. 089 4120 3300, Durchwahl 12', 'DE')).toEqual([['+498941203300', 'voice', '12']])
    expect(phones('(202) 555-0171 ext. 204', 'US')).toEqual([['+12025550171', 'unknown', '204']])
    expect(phones('(202) 555-0171 x204', 'US')).toEqual([['+12025550171', 'unknown', '204']])
  })

  it('reads international forms: (0) trunk, 00 and (+ 47) prefixes, spaced plus', () => {
    expect(phones('+33 (0)1 44 76 75 39', 'FR')[0]![0]).toBe('+33144767539')
    expect(phones('Phone (+ 47) 47 65 29 90', 'NO')[0]![0]).toBe('+4747652990')
    expect(phones('00 44 20 7946 0123', 'FR')[0]![0]).toBe('+442079460123')
    expect(phones('Phone: + 371 26010072', 'LV')[0]![0]).toBe('+37126010072')
    expect(phones('(+32-2-299.96.96)', 'BE')[0]![0]).toBe('+3222999696')
  })

  it('splits "78/79" alternatives and slash-separated lists', () => {
    expect(phones('01 42 75 50 78/79', 'FR').map((p) => p[0])).toEqual(['+33142755078', '+33142755079'])
    expect(phones('06 8530 2241/42', 'IT').map((p) => p[0])).toEqual(['+390685302241', '+390685302242'])
    expect(phones('030 23125 100 / 030 23125 101', 'DE').map((p) => p[0])).toEqual([
      '+493023125100',
      '+493023125101',
    ])
  })

  it('reads two international numbers written in one run, and a T label after a number', () => {
    expect(phones('+44 (0)20 0000 0000 0033 2-01-00-00-00', 'DE').map((p) => p[0])).toEqual([
      '+442000000000',
      '+33201000000',
    ])
    expect(phones('0033 1 00 00 00 00 T +49 89 0000000', 'NL').map((p) => p[0])).toEqual([
      '+33100000000',
      '+49890000000',
    ])
  })

  it('keeps opening hours out of the number', () => {
    expect(phones('Teléfono: 954 21 68 30 (9:00–15:00)', 'ES')).toEqual([['+34954216830', 'voice', null]])
  })

  it('does not read dates, amounts, references and registration numbers as phones', () => {
    for (const text of [
      'on 15/05/2024 and 2024-05-17',
      'Sie erbeuteten Schmuck (08./09.03.2025) im Wert von 85.000 Euro',
      'revenue of 1 250 000 euros',
      'ISBN 978-3-16-148410-0',
      'Amtsgericht Hannover, HRB 209511',
      'Tax no: 25/211/18553',
      'Référence du marché : 2024-0173-FR',
      '7 836 000 12 983 809 12 992 812',
    ])
      expect(phones(text, 'DE').concat(phones(text, 'FR'))).toEqual([])
  })

  it('does not read a count as a French number without its trunk 0', () => {
    expect(phones('783600012 actions', 'FR')).toEqual([])
  })

  it('scans adversarial runs in linear passes', () => {
    expect(scanNumberRuns('1'.repeat(10_000)).length).toBe(1)
    expect(scanNumberRuns('+(0)'.repeat(1000)).length).toBeGreaterThan(0)
  })
})

describe('country inference (no defaultCountry)', () => {
  it('reads national numbers by the country where they are valid, not only by the language', async () => {
    const { extractContacts } = await import('../../src/index.js')
    const gb = extractContacts('Contact information\nTelephone: 01494 421 625; 01494 421 557')
    expect(gb.contacts[0]!.phones.map((p) => p.e164)).toEqual(['+441494421625', '+441494421557'])
    const ca = extractContacts(
      'Pour renseignements : Responsable des relations de presse, 418 528-2265, poste 3144',
    )
    expect(ca.contacts[0]!.phones[0]).toMatchObject({ e164: '+14185282265', ext: '3144' })
  })
})

describe('runs holding an international prefix', () => {
  it('keeps "+49 (0)151 00100000" whole and reads the number after it', () => {
    expect(phones('+49 (0)151 00100000 +1 (212) 200-0000', 'DE').map((p) => p[0])).toEqual([
      '+4915100100000',
      '+12122000000',
    ])
  })

  it('reads a number before a bracketed area code as its own, not as lost digits', () => {
    // found by the "loses nothing" property: the German number was dropped to read "(212) 200-0000"
    expect(phones('+49 89 1234567 (212) 200-0000 +34 600000000', 'US').map((p) => p[0])).toEqual([
      '+49891234567',
      '+12122000000',
      '+34600000000',
    ])
    // digits that are no number before the bracket are still left out: "ext. 12 (212) 200-0000"
    expect(phones('ext. 12 (212) 200-0000', 'US').map((p) => p[0])).toEqual(['+12122000000'])
    // a run that starts with a bracket: the second bracketed number is reached too
    expect(phones('(212) 200-0000 (212) 200-0001', 'US').map((p) => p[0])).toEqual([
      '+12122000000',
      '+12122000001',
    ])
  })
})
