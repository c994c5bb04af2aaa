// The shortcuts src/phone.ts takes around libphonenumber-js must agree with it exactly: its own
// validity and type checks on compiled patterns, and the quick rejection of national numbers that no
// country of the calling code could read. Checked against the library on seeded random numbers,
// since any disagreement would change which numbers are kept.
import {
  type CountryCode,
  getCountries,
  getExampleNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max'
import examples from 'libphonenumber-js/mobile/examples'
import { describe, expect, it } from 'vitest'
import { isValidNumber, mayBeValid, numberType, parsePhone } from '../src/phone.js'

const countries = getCountries()

/** A seeded generator, so that a failure is reproducible. */
function random(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff
    return s / 0x7fffffff
  }
}

/** Digit strings near real numbers: an example number's first digits, then random ones. */
function nearNumbers(count: number, seed: number): Array<{ digits: string; country: CountryCode }> {
  const rnd = random(seed)
  const out: Array<{ digits: string; country: CountryCode }> = []
  for (let i = 0; i < count; i++) {
    const country = countries[Math.floor(rnd() * countries.length)]!
    const example = getExampleNumber(country, examples)?.nationalNumber ?? ''
    let digits = (rnd() < 0.4 ? '0' : '') + example.slice(0, Math.floor(rnd() * example.length))
    const length = (example.length || 9) + Math.floor(rnd() * 3) - 1
    while (digits.length < length) digits += String(Math.floor(rnd() * 10))
    out.push({ digits, country })
  }
  return out
}

describe('validity and type on compiled patterns', () => {
  it("agrees with libphonenumber-js's isValid() and getType() on 20,000 numbers", () => {
    let valid = 0
    for (const { digits, country } of nearNumbers(20_000, 20261126)) {
      const n = parsePhoneNumberFromString(digits, { defaultCountry: country })
      if (!n) continue
      const expected = { valid: n.isValid(), type: n.getType() }
      if (expected.valid) valid++
      expect({ digits, country, valid: isValidNumber(n), type: numberType(n) }).toEqual({
        digits,
        country,
        ...expected,
      })
    }
    // the sample must hold many valid numbers, or it would prove little
    expect(valid).toBeGreaterThan(3_000)
  })

  it("types every country's example mobile number as libphonenumber-js does", () => {
    for (const country of countries) {
      const n = getExampleNumber(country, examples)
      if (n) expect([country, numberType(n)]).toEqual([country, n.getType()])
    }
  })
})

describe('quick rejection of national numbers', () => {
  it('never rejects a number libphonenumber-js reads as valid (20,000 numbers under 5 countries each)', () => {
    const rnd = random(7)
    let checked = 0
    for (const { digits, country } of nearNumbers(20_000, 99)) {
      for (const c of [
        country,
        ...Array.from({ length: 4 }, () => countries[Math.floor(rnd() * countries.length)]!),
      ]) {
        const n = parsePhoneNumberFromString(digits, { defaultCountry: c })
        if (n?.isValid()) {
          checked++
          expect([digits, c, mayBeValid(digits, c)]).toEqual([digits, c, true])
        }
      }
    }
    expect(checked).toBeGreaterThan(3_000)
  })

  it('rejects numbers no country of the calling code could read', () => {
    expect(mayBeValid('0123', 'FR')).toBe(false)
    expect(mayBeValid('0999999999999', 'DE')).toBe(false)
    // a British number is valid under GB and its siblings, and a French one is not
    expect(mayBeValid('01494421625', 'GB')).toBe(true)
    expect(mayBeValid('01494421625', 'FR')).toBe(false)
    // Jersey shares +44: its numbers pass under GB, as libphonenumber-js reads them
    expect(mayBeValid('07797712345', 'GB')).toBe(true)
  })

  it('keeps what parsePhone reads under every country for written numbers', () => {
    const written = [
      '01 44 76 75 39',
      '030 / 2589 4471',
      '(202) 555-0143',
      '0113 496 0570',
      '02 8734 1150',
      '963 52 47 09',
    ]
    for (const w of written)
      for (const c of countries) {
        const n = parsePhoneNumberFromString(w.replace('/', ' '), { defaultCountry: c })
        if (n?.isValid() && /^\D*0/.test(w)) expect([w, c, parsePhone(w, c).ok]).toEqual([w, c, true])
      }
  })
})
