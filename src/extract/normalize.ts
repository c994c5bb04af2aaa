// Unicode spaces that typography puts inside numbers and between fields (NBSP, narrow NBSP, thin space…).
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
// Hyphen look-alikes inside numbers and names; en and em dashes are kept: they separate fields.
const HYPHENS = /[\u2010\u2011\u2012\u2212\uFE63\uFF0D]/g
// Invisible characters (zero-width, bidi marks, BOM, soft hyphen) and C0/C1 controls except tab and line breaks.
const INVISIBLE =
  /[\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g
// Full-width plus, as Asian-language pages write it; their digits are among DIGITS.
const FULLWIDTH = /\uFF0B/g
// Decimal digits of every script (full-width, Arabic-Indic, Devanagari…): read as ASCII digits, as
// libphonenumber-js does, so a number is read whole and not cut where a script's digit stands.
const DIGITS = /(?![0-9])\p{Nd}/gu
// A lone surrogate can't be normalised; it becomes U+FFFD like a decoder would.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const NOT_PLAIN = /[^\t\n\x20-\x7e]/

/**
 * Normalises text so that matchers see one form: NFC, ordinary spaces and hyphens, no invisible
 * characters, LF line ends. Lines stay where they were: line N of the result is line N of the input.
 */
export function normalizeText(text: string): string {
  // printable ASCII with tabs and LF is already in normal form
  if (!NOT_PLAIN.test(text)) return text
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(SPACES, ' ')
    .replace(HYPHENS, '-')
    .replace(FULLWIDTH, '+')
    .replace(DIGITS, asciiDigit)
    .replace(INVISIBLE, '')
}

const DIGIT = /\p{Nd}/u

// Unicode lays the digits of a script out as runs 0 to 9: a digit's value is its distance from the start
// of its run (mod 10, for the mathematical digits, which are five runs in a row).
function asciiDigit(d: string): string {
  const cp = d.codePointAt(0)!
  let start = cp
  while (start > cp - 50 && DIGIT.test(String.fromCodePoint(start - 1))) start--
  return String((cp - start) % 10)
}
