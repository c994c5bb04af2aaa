// Bugs the property suites found, each pinned by the smallest input that showed it.
import { describe, expect, it } from 'vitest'
import { extractContacts, isPressContactsError, toCSV, toJCard, toJSON, toVCard } from '../../src/index.js'

const phonesOf = (text: string, cc?: string) =>
  extractContacts(text, { defaultCountry: cc }).contacts.flatMap((c) => c.phones.map((p) => p.e164))
const codeOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (e) {
    return isPressContactsError(e) ? e.code : `not a PressContactsError: ${String(e)}`
  }
  return 'nothing thrown'
}

describe('found by the properties', () => {
  it('reads "+49 (0)151/12345678" as one number: the country code is not part of the area code', () => {
    expect(phonesOf('+49 (0)151/12345678')).toEqual(['+4915112345678'])
    expect(phonesOf('Tel. 030/1234567', 'DE')).toEqual(['+49301234567'])
  })

  it('does not take a following "M:" label for metres or "Tél." for tonnes', () => {
    expect(phonesOf('01 44 76 75 39 M: 06 12 34 56 78', 'FR')).toEqual(['+33144767539', '+33612345678'])
    expect(phonesOf('0301 2345678 Tél. : +44 20 7946 0321', 'DE')).toEqual(['+493012345678', '+442079460321'])
    // units still rule numbers out
    expect(phonesOf('01 44 76 75 39 m and 06 12 34 56 78 t', 'FR')).toEqual([])
  })

  it('reports a VAT number written with its country prefix as a registration number', () => {
    const { contacts, warnings } = extractContacts('VAT FR 12 345 678 901', { defaultCountry: 'US' })
    expect(contacts).toEqual([])
    expect(warnings.map((w) => w.code)).toEqual(['IGNORED_NUMBER'])
  })

  it('reads digits of other scripts as digits', () => {
    expect(phonesOf('هاتف: +٤٤ ٢٠ ٧٩٤٦ ٠٣٢١')).toEqual(['+442079460321'])
    expect(phonesOf('Tel. ०१ ४४ ७६ ७५ ३९', 'FR')).toEqual(['+33144767539'])
  })

  it('rejects options of the wrong type with INVALID_ARGUMENT, not a TypeError', () => {
    expect(codeOf(() => extractContacts('', { language: -1 } as never))).toBe('INVALID_ARGUMENT')
    expect(codeOf(() => extractContacts('', null as never))).toBe('INVALID_ARGUMENT')
    expect(codeOf(() => extractContacts('', { maxLength: '10' } as never))).toBe('INVALID_ARGUMENT')
    expect(codeOf(() => extractContacts('', { source: { uri: 1 } } as never))).toBe('INVALID_ARGUMENT')
  })

  it('exporters given something that is not a list of contacts throw PressContactsError', () => {
    for (const fn of [
      () => toVCard({} as never),
      () => toJCard(null as never),
      () => toJSON('x' as never),
      () => toCSV({} as never, { flavor: 'google' }),
    ])
      expect(codeOf(fn)).toBe('INVALID_ARGUMENT')
    expect(codeOf(() => toVCard([null] as never))).toBe('INVALID_CONTACT')
    expect(codeOf(() => toCSV([{}] as never, { flavor: 'outlook' }))).toBe('INVALID_CONTACT')
  })
})
