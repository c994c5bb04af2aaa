// Generators shared by the property suites (tests/properties, fast) and the fuzz suites (tests/fuzz, long).
import fc from 'fast-check'
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { Contact, Phone } from '../../src/index.js'

/** Runs per property: 1,000 in `npm test`, FUZZ_RUNS (100,000 in `npm run test:fuzz`) in the fuzz suite. */
export function runs(fallback = 1000): number {
  const n = Number(process.env.FUZZ_RUNS)
  return Number.isFinite(n) && n > 0 ? n : fallback
}

// Every Unicode space separator, line and paragraph separator, and the C0/C1 whitespace controls.
export const SPACES = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\u0085',
  '\u00a0',
  '\u1680',
  ...Array.from({ length: 11 }, (_, k) => String.fromCharCode(0x2000 + k)),
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\u180e',
  '\u200b',
  '\ufeff',
]
// Every dash punctuation character (Unicode Pd), the minus sign and the hyphen look-alikes.
export const DASHES = [
  '-',
  '\u058a',
  '\u05be',
  '\u1400',
  '\u1806',
  '\u2010',
  '\u2011',
  '\u2012',
  '\u2013',
  '\u2014',
  '\u2015',
  '\u2e17',
  '\u2e1a',
  '\u2e3a',
  '\u2e3b',
  '\u2e40',
  '\u2e5d',
  '\u301c',
  '\u3030',
  '\u30a0',
  '\ufe31',
  '\ufe32',
  '\ufe58',
  '\ufe63',
  '\uff0d',
  '\u2212',
  '\u{10ead}',
]
// NUL, other controls, bidi controls, joiners, soft hyphen, combining marks, lone surrogates.
export const NASTY = [
  '\0',
  '\x01',
  '\x07',
  '\x1b',
  '\x7f',
  '\x9b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061c',
  '\u00ad',
  '\u0301',
  '\u0308',
  '\ud800',
  '\udfff',
  '\udbff\udfff',
  '\ufffd',
  '\ufffe',
  '\uffff',
  '\uff10',
  '\uff19',
  '\uff0b',
  '\u{1f600}',
  '\u{1f1eb}\u{1f1f7}',
]
// Letters of many scripts, so names, labels and numbers meet mixed scripts.
export const SCRIPTS = [
  'Zoë',
  'Łukasz',
  'Ægir',
  'Ørsted',
  'Иван',
  'Пресс-служба',
  'Ελένη',
  'محمد',
  'שרה',
  '李小龍',
  'たなか',
  'कृष्ण',
  'ไทย',
  'İstanbul',
  'ß',
  'ǅ',
  'Ⅻ',
  '٣',
  '۴',
  '१२३',
]
// Fragments press-release text is made of, including the shapes the matchers look for.
export const FRAGMENTS = [
  'Tel.',
  'Tél. :',
  'Fax',
  'Mobile:',
  'Handy',
  'M',
  'E-mail:',
  'ext. 204',
  'x12',
  'poste 312',
  'Durchwahl',
  '+',
  '+33',
  '(0)',
  '00',
  '(',
  ')',
  '[',
  ']',
  '/',
  '|',
  '•',
  '@',
  '@@',
  '.',
  ':',
  ',',
  '#',
  'www.',
  'https://',
  '[at]',
  '(a)',
  '[dot]',
  '[email protected]',
  'Press Office',
  'Media contact:',
  'Contacts presse',
  'For Contoso:',
  'Jean-Marc LE GALL',
  'Dr. Anna van der Berg',
  'Head of Communications',
  'ISBN',
  'VAT',
  'HRB',
  'Ref.',
  '€',
  '%',
  '2024',
  '15/05/2024',
  '1 250 000',
  '0144767539',
  '01 44 76 75 39',
  '+44 20 7946 0321',
  '(312) 555-0142',
  '030/1234567',
  '78/79',
  'a@b.co',
  'presse@example.fr',
  'x'.repeat(300),
  '9'.repeat(40),
  '<b>',
  '</td><td>',
  '**',
  '&nbsp;',
  '&#64;',
]

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n))

/** One piece of hostile text: a code unit, a nasty character, a space, a dash, a script sample or a fragment. */
export const piece = fc.oneof(
  { arbitrary: anyCodeUnit, weight: 3 },
  { arbitrary: fc.constantFrom(...NASTY), weight: 2 },
  { arbitrary: fc.constantFrom(...SPACES), weight: 3 },
  { arbitrary: fc.constantFrom(...DASHES), weight: 1 },
  { arbitrary: fc.constantFrom(...SCRIPTS), weight: 1 },
  { arbitrary: fc.constantFrom(...FRAGMENTS), weight: 4 },
  { arbitrary: fc.stringMatching(/^[0-9 .()+-]{1,16}$/), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
)

/** Any text, biased toward what breaks text processors, of modest size. */
export const hostileText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''))

/** Countries the properties read national numbers with (undefined: the extractor infers one). */
export const country = fc.constantFrom(undefined, 'FR', 'GB', 'US', 'DE', 'ES', 'IT', 'NL', 'CH', 'BE', 'SE')

// ---- contact-block text, for the "nothing lost" property ----

const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`))
const sep = fc.constantFrom(' ', '.', '-', '', '\u202f', '\u00a0')

const plans = {
  FR: {
    national: ['0'],
    international: ['+33 ', '+33 (0)', '0033 '],
    write: (p: string, d: string, s: string) =>
      `${p}${d[0]}${s}${d.slice(1, 3)}${s}${d.slice(3, 5)}${s}${d.slice(5, 7)}${s}${d.slice(7)}`,
    digits: fc.tuple(fc.integer({ min: 1, max: 9 }), digits(8)).map(([a, d]) => `${a}${d}`),
  },
  GB: {
    national: ['0'],
    international: ['+44 ', '+44 (0)'],
    write: (p: string, d: string, s: string) => `${p}${d.slice(0, 2)}${s}${d.slice(2, 6)}${s}${d.slice(6)}`,
    digits: fc.tuple(fc.constantFrom('20', '29', '77'), digits(8)).map(([a, d]) => a + d),
  },
  US: {
    national: ['', '1-', '1 '],
    international: ['+1 '],
    write: (p: string, d: string) => `${p}(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`,
    digits: fc
      .tuple(fc.constantFrom('212', '312', '415', '646'), fc.integer({ min: 2, max: 9 }), digits(6))
      .map(([a, b, d]) => `${a}${b}${d}`),
  },
  DE: {
    national: ['0'],
    international: ['+49 ', '+49 (0)'],
    write: (p: string, d: string, s: string) =>
      d.startsWith('151')
        ? `${p}${d.slice(0, 3)}${s}${d.slice(3)}`
        : `${p}${d.slice(0, 2)}${s === '' ? '/' : s}${d.slice(2)}`,
    digits: fc.oneof(
      digits(8).map((d) => `30${d}`),
      digits(7).map((d) => `89${d}`),
      digits(8).map((d) => `151${d}`),
    ),
  },
} as const
type Plan = keyof typeof plans

/**
 * Phone numbers as people write them: the international forms of several plans, and the national form of
 * the default country (a national number means something only with its country).
 */
export function writtenPhone(cc: string | undefined): fc.Arbitrary<string> {
  const forms: fc.Arbitrary<string>[] = (Object.keys(plans) as Plan[]).map((k) => {
    const plan = plans[k]
    const prefixes: readonly string[] =
      k === cc ? [...plan.national, ...plan.international] : plan.international
    return fc.tuple(fc.constantFrom(...prefixes), plan.digits, sep).map(([p, d, s]) => plan.write(p, d, s))
  })
  forms.push(
    fc.tuple(fc.constantFrom('+34 ', '+39 ', '+31 ', '+41 ', '+46 '), digits(9)).map(([p, d]) => p + d),
  )
  // valid numbers only: an unlabelled invalid number may be a reference, and is not a phone to keep
  return fc
    .oneof(...forms)
    .filter((w) => parsePhoneNumberFromString(w, cc as CountryCode | undefined)?.isValid() === true)
}

const localPart = fc.stringMatching(/^[a-z][a-z0-9]{0,8}(?:[._-][a-z0-9]{1,8}){0,2}$/)
const domain = fc
  .tuple(
    fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/),
    fc.constantFrom('com', 'fr', 'de', 'co.uk', 'org', 'es', 'it', 'nl', 'ch', 'io'),
  )
  .map(([d, t]) => `${d}.${t}`)

/** E-mail addresses, some with upper-case letters, some not valid (a double dot). */
export const writtenEmail: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.tuple(localPart, domain).map(([l, d]) => `${l}@${d}`), weight: 8 },
  { arbitrary: fc.tuple(localPart, domain).map(([l, d]) => `${l}@${d}`.toUpperCase()), weight: 1 },
  { arbitrary: fc.tuple(localPart, domain).map(([l, d]) => `${l}..x@${d}`), weight: 1 },
)

const word = fc.constantFrom(
  'Anna',
  'Jean-Marc LE GALL',
  'María José García López',
  'Press Office',
  'Service de presse',
  'Pressestelle',
  'Head of Media Relations',
  'attachée de presse',
  'Contoso AG',
  'Media contacts',
  'For Fabrikam:',
  'please contact',
  'or',
  'and',
  'at',
  'Ref. 2024-0173',
  'VAT FR 12 345 678 901',
  'HRB 12345',
  'revenue of 1 250 000 euros',
  'on 15/05/2024',
  'ISBN 978-3-16-148410-0',
  'ext. 12',
  'x204',
)
const label = fc.constantFrom(
  '',
  'Tel. ',
  'Tél. : ',
  'T ',
  'Phone: ',
  'Mobile: ',
  'Fax: ',
  'Handy ',
  'M: ',
  'Tel ',
)
const fieldSep = fc.constantFrom(' ', '  ', '\t', ' | ', ' – ', ', ', '; ', ' / ', '\n', '\n\n', ' · ')

function field(cc: string | undefined): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.tuple(label, writtenPhone(cc)).map(([l, p]) => l + p), weight: 4 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom('', 'E-mail: ', 'Email ', 'mailto:', '<'), writtenEmail)
        .map(([l, e]) => l + e),
      weight: 3,
    },
    { arbitrary: word, weight: 4 },
    // words of other scripts; their digits stay in hostileText (glued to a number they make it another number)
    { arbitrary: fc.constantFrom(...SCRIPTS.filter((w) => !/\p{N}/u.test(w))), weight: 1 },
    { arbitrary: fc.constantFrom(...SPACES, ...DASHES), weight: 1 },
  )
}

/** Contact-block-like text for a default country: phones, e-mails, names, titles, references and separators. */
export function blockTextFor(cc: string | undefined): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(field(cc), fieldSep), { minLength: 1, maxLength: 14 })
    .map((parts) => parts.map(([f, s]) => f + s).join(''))
}

/** A default country and a contact block written for it. */
export const block = country.chain((cc) => blockTextFor(cc).map((text) => ({ text, cc })))

/** Contact-block-like text, for any country. */
export const blockText = block.map((b) => b.text)

// ---- contacts, for the export properties ----

const nastyString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(piece, { maxLength: 6 }).map((p) => p.join('')),
  fc.constantFrom(
    '=1+1',
    '+cmd|calc',
    '-2+3',
    '@SUM(A1)',
    '\t=x',
    '\r=x',
    'a,b;c"d',
    'BEGIN:VCARD',
    'END:VCARD',
  ),
)
const e164 = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.stringMatching(/^[0-9]{6,13}$/))
  .map(([a, d]) => `+${a}${d}`)
const phone: fc.Arbitrary<Phone> = fc.record({
  e164,
  type: fc.constantFrom('voice', 'fax', 'mobile', 'unknown'),
  ext: fc.option(fc.stringMatching(/^[0-9]{1,10}$/), { nil: null }),
  raw: nastyString,
  label: fc.option(nastyString, { nil: null }),
})
const email = fc.oneof(
  fc.tuple(localPart, domain).map(([l, d]) => `${l}@${d}`),
  fc.constantFrom("o'brien@example.ie", 'zoë@exemple.fr', 'a+tag@example.com', 'press@münchen.de'),
)

/** Valid contacts with hostile text in every free-text field. */
export const contact: fc.Arbitrary<Contact> = fc
  .record({
    kind: fc.constantFrom('individual', 'org'),
    name: nastyString.filter((s) => s.length > 0),
    givenName: fc.option(nastyString, { nil: null }),
    familyName: fc.option(nastyString, { nil: null }),
    title: fc.option(nastyString, { nil: null }),
    organization: fc.option(nastyString, { nil: null }),
    phones: fc.array(phone, { maxLength: 3 }),
    emails: fc.array(email, { maxLength: 3 }),
    urls: fc.array(nastyString, { maxLength: 2 }),
    source: fc.record(
      {
        line: fc.integer({ min: 1, max: 100_000 }),
        text: nastyString,
        uri: nastyString,
        date: nastyString,
      },
      { requiredKeys: ['line', 'text'] },
    ),
  })
  .map((c) => (c.kind === 'org' ? { ...c, givenName: null, familyName: null } : c))

export const contacts = fc.array(contact, { maxLength: 5 })
