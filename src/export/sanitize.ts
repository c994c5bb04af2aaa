// What every writer does to a value before it goes into a vCard, jCard or CSV cell. Two kinds of value:
// text (names, titles, organisations, notes) keeps its line breaks, which each format then escapes or
// quotes; one-line values (TEL, EMAIL, URL, UID) get them replaced by a space.

/** Any line break: CRLF, CR, LF, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g
/** C0 controls other than TAB, CR and LF; DEL. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g
/** A UTF-16 surrogate that is not half of a pair (it would become U+FFFD in UTF-8). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Makes a value safe for a one-line property (TEL, EMAIL, URL, UID) or CSV cell: every line break
 * becomes a space, control characters and lone surrogates are removed, surrounding whitespace trimmed.
 * Nothing left can start a new line, property or card.
 *
 * @example
 * sanitizeValue('a@b.example\r\nEND:VCARD') // 'a@b.example END:VCARD'
 */
export function sanitizeValue(value: string): string {
  return String(value).replace(LINE_BREAK, ' ').replace(CONTROL, '').replace(LONE_SURROGATE, '').trim()
}

/**
 * Makes a text value safe and canonical: every kind of line break becomes LF (which the writers escape
 * as `\n` or keep inside a quoted CSV cell), control characters other than TAB and lone surrogates
 * are removed. Nothing else changes (no trimming), so the value reads back as written.
 *
 * @example
 * sanitizeText('Head of Press\r\nEMEA') // 'Head of Press\nEMEA'
 */
export function sanitizeText(value: string): string {
  return String(value).replace(LINE_BREAK, '\n').replace(CONTROL, '').replace(LONE_SURROGATE, '')
}

/**
 * vCard text escaping: backslash, comma and LF (as `\n`), and semicolon unless `semicolons` is false.
 * vCard 3.0 escapes semicolons in every text value (RFC 2426 §4); vCard 4.0 only in the components
 * of a compound value such as N or ORG (RFC 6350 §3.4). Apply to a value already passed through
 * {@link sanitizeText} or {@link sanitizeValue}.
 *
 * @example
 * escapeText('Dupont; Jr.') // 'Dupont\\; Jr.'
 * escapeText('Dupont; Jr.', false) // 'Dupont; Jr.'
 */
export function escapeText(value: string, semicolons = true): string {
  return value.replace(semicolons ? /[\\,;]/g : /[\\,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')
}

const encoder = /*@__PURE__*/ new TextEncoder()

/**
 * Folds a content line at 75 octets (continuation lines start with a space) without splitting a
 * UTF-8 sequence or a surrogate pair; RFC 2425 §5.8.1 and RFC 6350 §3.2.
 *
 * @example
 * foldLine('NOTE:' + 'x'.repeat(100)) // 'NOTE:xxx…\r\n xxx…'
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line
  const out: string[] = []
  let cur = ''
  let size = 0
  let limit = 75
  for (const ch of line) {
    const n = encoder.encode(ch).length
    if (size + n > limit) {
      out.push(cur)
      cur = ''
      size = 0
      limit = 74
    }
    cur += ch
    size += n
  }
  out.push(cur)
  return out.join('\r\n ')
}
