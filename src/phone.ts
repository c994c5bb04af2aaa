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

interface NumberingPlanInternals {
  callingCode(): string
  nationalPrefix(): string | undefined
  _nationalPrefixForParsing(): string | undefined
  nationalPrefixTransformRule(): string | undefined
  nationalNumberPattern(): string
  type(t: string): { pattern(): string } | undefined
}

/**
 * A quick check a national number must pass before libphonenumber-js parses it under `country`: its
 * digits (or those after the national prefix or the calling code) match a number type of a country
 * of that calling code. Null where the prefix rules rewrite digits (Argentina, Brazil…): no
 * check there. Rejecting early is what makes country inference cheap (a number is tried under many
 * countries) and never changes a result: libphonenumber-js validates against narrower patterns.
 */
interface Gate {
  callingCode: string
  /** The country's international call prefix: digits after it are read as an international number. */
  idd: RegExp | undefined
  prefix: RegExp | undefined
  /** Any number type of any country of the calling code, whole. */
  valid: RegExp
}
const gates = new Map<string, Gate | null>()

// the order libphonenumber-js's getNumberType() tries them in, after FIXED_LINE
const NON_FIXED_LINE = [
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
]

function gateOf(country: CountryCode): Gate | null {
  let gate = gates.get(country)
  if (gate !== undefined) return gate
  gate = null
  metadata.selectNumberingPlan(country)
  const np = metadata.numberingPlan as unknown as NumberingPlanInternals
  // a country whose national prefix rules rewrite digits gets no check
  if (!np.nationalPrefixTransformRule()) {
    const callingCode = np.callingCode()
    const forParsing = np._nationalPrefixForParsing() || np.nationalPrefix()
    const idd = plan(country).idd
    // a number is valid under its default country when it is valid in any country of its calling code
    const siblings = (
      metadata as unknown as { countryCallingCodes(): Record<string, string[]> }
    ).countryCallingCodes()[callingCode] ?? [country]
    const union: string[] = []
    for (const c of siblings) {
      const r = rulesOf(c)
      const types = [r.fixedLine, ...r.others].flatMap((t) => (t ? [t.source] : []))
      union.push(...(types.length > 0 ? types : [r.generalSource]))
    }
    gate = {
      callingCode,
      idd: idd ? new RegExp(`^(?:${idd})`) : undefined,
      prefix: forParsing ? new RegExp(`^(?:${forParsing})`) : undefined,
      valid: new RegExp(`^(?:${union.map((u) => `(?:${u})`).join('|')})$`),
    }
  }
  gates.set(country, gate)
  return gate
}

/** Whether national `digits` may be valid under `country` (false: libphonenumber-js would reject them). */
export function mayBeValid(digits: string, country: CountryCode): boolean {
  const gate = gateOf(country)
  if (!gate || gate.idd?.test(digits)) return true
  const fits = (d: string) => {
    if (gate.valid.test(d)) return true
    const m = gate.prefix?.exec(d)
    return m !== undefined && m !== null && m[0].length > 0 && gate.valid.test(d.slice(m[0].length))
  }
  return fits(digits) || (digits.startsWith(gate.callingCode) && fits(digits.slice(gate.callingCode.length)))
}

interface TypeRule {
  type: string
  /** The metadata's pattern, as written. */
  source: string
  pattern: RegExp
  lengths: number[] | undefined
}
interface PlanRules {
  generalSource: string
  general: RegExp
  hasTypes: boolean
  fixedLine: TypeRule | undefined
  /** The mobile pattern repeats the fixed-line one ("" in the metadata), or there is none. */
  mobileAsFixed: boolean
  mobile: TypeRule | undefined
  others: TypeRule[]
}
const rules = new Map<string, PlanRules>()

function rulesOf(key: string): PlanRules {
  let r = rules.get(key)
  if (r) return r
  metadata.selectNumberingPlan(key as CountryCode)
  const np = metadata.numberingPlan as unknown as NumberingPlanInternals & { hasTypes(): boolean }
  const rule = (t: string): TypeRule | undefined => {
    const def = np.type(t) as { pattern(): string; possibleLengths(): number[] | undefined } | undefined
    const pattern = def?.pattern()
    return def && pattern
      ? { type: t, source: pattern, pattern: new RegExp(`^(?:${pattern})$`), lengths: def.possibleLengths() }
      : undefined
  }
  const mobileDef = np.type('MOBILE')
  r = {
    generalSource: np.nationalNumberPattern(),
    general: new RegExp(`^(?:${np.nationalNumberPattern()})$`),
    hasTypes: np.hasTypes(),
    fixedLine: rule('FIXED_LINE'),
    mobileAsFixed: !mobileDef || mobileDef.pattern() === '',
    mobile: rule('MOBILE'),
    others: NON_FIXED_LINE.map(rule).filter((x): x is TypeRule => x !== undefined),
  }
  rules.set(key, r)
  return r
}

const matches = (nn: string, t: TypeRule | undefined) =>
  t !== undefined && (!t.lengths || t.lengths.includes(nn.length)) && t.pattern.test(nn)

/**
 * The type of a parsed number: libphonenumber-js's getType() with each pattern compiled once (the
 * library compiles a regular expression on every test, which was a tenth of extraction time).
 */
export function numberType(number: PhoneNumber): string | undefined {
  const key = number.country ?? number.countryCallingCode
  if (!key) return undefined
  const r = rulesOf(key)
  const nn = number.nationalNumber
  if (!r.general.test(nn)) return undefined
  if (matches(nn, r.fixedLine)) {
    if (r.mobileAsFixed || matches(nn, r.mobile)) return 'FIXED_LINE_OR_MOBILE'
    return 'FIXED_LINE'
  }
  for (const t of r.others) if (matches(nn, t)) return t.type
  return undefined
}

/** libphonenumber-js's isValid(), on the same compiled patterns as {@link numberType}. */
export function isValidNumber(number: PhoneNumber): boolean {
  const key = number.country ?? number.countryCallingCode
  if (!key) return false
  const r = rulesOf(key)
  return r.hasTypes ? numberType(number) !== undefined : r.general.test(number.nationalNumber)
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
      const type = service && isValidNumber(service) ? numberType(service) : undefined
      if (type !== 'TOLL_FREE' && type !== 'SHARED_COST' && type !== 'UAN' && type !== 'PREMIUM_RATE')
        return { ok: false, reason: 'not-national' }
    }
    if (!mayBeValid(text.replace(/\D/g, ''), country)) return { ok: false, reason: 'invalid' }
  }
  const number = parsePhoneNumberFromString(text, international ? undefined : { defaultCountry: country })
  if (!number || !isValidNumber(number)) return { ok: false, reason: 'invalid' }
  return { ok: true, number, international }
}
