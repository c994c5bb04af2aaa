import {
  type CountryCode,
  isSupportedCountry,
  Metadata,
  type PhoneNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js/max'

export type { CountryCode } from 'libphonenumber-js/max'

const metadata = /*@__PURE__*/ new Metadata()
const plans = new Map<string, { nationalPrefix: string | undefined; idd: string | undefined }>()

function plan(country: CountryCode): { nationalPrefix: string | undefined; idd: string | undefined } {
  let p = plans.get(country)
  if (!p) {
    metadata.selectNumberingPlan(country)
    const np = metadata.numberingPlan as unknown as {
      nationalPrefix(): string | undefined
      IDDPrefix(): string
    }
    p = { nationalPrefix: np.nationalPrefix() || undefined, idd: np.IDDPrefix() || undefined }
    plans.set(country, p)
  }
  return p
}

const TRUNK_ZERO_WRITTEN = new Set([
  'FR',
  'DE',
  'AT',
  'CH',
  'GB',
  'IE',
  'NL',
  'BE',
  'SE',
  'FI',
  'AU',
  'NZ',
  'ZA',
  'TR',
  'JP',
  'KR',
  'IL',
  'IN',
  'MC',
  'LI',
])

/** Whether `code` is a country libphonenumber-js knows ('FR', 'GB'; not 'UK'). */
export function isCountryCode(code: string): code is CountryCode {
  return /^[A-Z]{2}$/.test(code) && isSupportedCountry(code)
}

/** What a written number turned out to be. */
export type PhoneParse =
  | { ok: true; number: PhoneNumber; international: boolean }
  | { ok: false; reason: 'no-country' | 'invalid' | 'not-national' }

/**
 * Parses one number as written ('+33 (0)1 44 76 75 39', '(202) 555-0143', '00 800 6 7 8 9 10 11')
 * into a valid libphonenumber-js number, or says why not. National numbers need `country`.
 *
 * @param written - the number with its own punctuation, without label or extension
 * @param country - the country for numbers written in national format
 * @param memo - results already computed during one extraction (the same number is often written
 *   twice, and country inference parses the text's international numbers before extraction does)
 */
export function parsePhone(
  written: string,
  country: CountryCode | undefined,
  memo?: Map<string, PhoneParse>,
): PhoneParse {
  if (!memo) return parseWritten(written, country)
  // an international number is read the same whatever the country
  const key = written.trimStart().startsWith('+') ? written : `${country ?? ''} ${written}`
  let hit = memo.get(key)
  if (!hit) {
    hit = parseWritten(written, country)
    memo.set(key, hit)
  }
  return hit
}

function parseWritten(written: string, country: CountryCode | undefined): PhoneParse {
  let text = written
    .trim()
    .replace(/^\((\+[^()]*)\)?$/, '$1') // (+32-2-299.96.96)
    .replace(/^\(\s*\+\s*(\d{1,3})\s*\)/, '+$1 ') // (+ 47) 47 65 29 90
    .replace(/^\+\s+/, '+') // + 371 26010072
    .replace(/^(\+\d{1,3})[\s.-]*\(0\)/, '$1 ') // +49-(0) 511
    .replace(/\//g, ' ')
  let international = text.startsWith('+')
  if (!international) {
    const idd = country ? plan(country).idd : undefined
    const digits = text.replace(/\D/g, '')
    if (digits.startsWith('00') && digits[2] !== '0') {
      text = '+' + digits.slice(2)
      international = true
    } else if (idd && idd !== '00' && digits.startsWith(idd) && digits.length > idd.length + 7) {
      text = '+' + digits.slice(idd.length)
      international = true
    }
  }
  if (!international) {
    if (!country) return { ok: false, reason: 'no-country' }
    // Where national numbers are always written with their trunk 0, "783600012" in French text is a
    // count, not a phone. (Brazil, Italy, Spain… write them without one.)
    if (TRUNK_ZERO_WRITTEN.has(country) && !/^\D*0/.test(text)) {
      // …except service numbers, written without it ("1800 555 111" in Ireland)
      const service = parsePhoneNumberFromString(text, { defaultCountry: country })
      const type = service?.isValid() ? service.getType() : undefined
      if (type !== 'TOLL_FREE' && type !== 'SHARED_COST' && type !== 'UAN' && type !== 'PREMIUM_RATE')
        return { ok: false, reason: 'not-national' }
    }
  }
  const number = parsePhoneNumberFromString(text, international ? undefined : { defaultCountry: country })
  if (!number || !number.isValid()) return { ok: false, reason: 'invalid' }
  return { ok: true, number, international }
}
