import { normalizeEmail } from '../email.js'

/** An obfuscated e-mail address recovered from a line. */
export interface DecodedEmail {
  /** Offsets of the obfuscated text in the line. */
  start: number
  end: number
  /** The text as written ("name [at] example [dot] com"). */
  raw: string
  /** The plain address ("name@example.com"). */
  value: string
}

/** What {@link decodeObfuscatedEmails} returns. */
export interface Deobfuscated {
  /**
   * The line with each recovered address written plainly at the start of its obfuscated span and the
   * rest of the span filled with U+2591, so the line keeps its length and every offset stays valid.
   */
  text: string
  decoded: DecodedEmail[]
}

// "[at]", "(at)", "{at}", "<at>", "(a)", "[@]", "(arobase)", "[ät]": the at sign written in brackets.
const AT_TOKEN = /[[({<]\s{0,2}(at|a|@|arobase|ät|aet)\s{0,2}[\])}>]/giu
// A dot inside a local part or domain: ".", "[dot]", "(dot)", "{.}", " dot ", " point ", " punkt ".
const DOT = String.raw`(?:\s{0,2}[[({<]\s{0,2}(?:dot|point|punkt|punto|ponto|\.)\s{0,2}[\])}>]\s{0,2}|\s{1,2}(?:dot|point|punkt|punto)\s{1,2}|\.)`
const WORD = String.raw`[\p{L}\p{N}_%+'-]{1,64}`
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?`
// Anchored and bounded (applied to at most LOOK characters next to an at token), so they stay linear.
// A local part starts where a word starts (the lookbehind), not at every character of the window: without
// it each at token cost a match attempt from each of up to LOOK positions.
const LOCAL_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}_%+'-])(?:${WORD}${DOT}){0,6}${WORD}\s{0,2}$`, 'iu')
const DOMAIN_AFTER = new RegExp(String.raw`^\s{0,2}${LABEL}(?:${DOT}${LABEL}){1,6}`, 'iu')
const LOOK = 200
// Words that stand before "(a)" in ordinary prose ("stand (a)", "Section (a)"): never a local part.
const PROSE_BEFORE_A = new Set([
  'annex',
  'article',
  'booth',
  'case',
  'clause',
  'hall',
  'item',
  'option',
  'paragraph',
  'part',
  'point',
  'section',
  'stand',
  'step',
  'type',
])

/**
 * Rewrites a line so that e-mail addresses obfuscated against harvesters ("name [at] example [dot] com",
 * "name(at)example.com", "name (a) example.com") become plain addresses, and reports what it decoded.
 * An address is decoded only when it is recoverable: a plausible local part, a bracketed at sign and a
 * domain with a dot and an alphabetic top-level domain, valid as a whole; ordinary prose ("the stand (a)
 * in hall 7") is left as it is.
 *
 * @param line - one line of text
 * @returns the rewritten line (same length) and the decoded addresses
 * @example
 * decodeObfuscatedEmails('Press: presse [at] example [dot] fr').decoded[0].value // 'presse@example.fr'
 */
export function decodeObfuscatedEmails(line: string): Deobfuscated {
  const decoded: DecodedEmail[] = []
  if (!mayHoldObfuscatedEmail(line)) return { text: line, decoded }
  const chunks: string[] = []
  let copied = 0
  // where the next local part may start: after the previous at token, or the previous decoded address
  let floor = 0
  AT_TOKEN.lastIndex = 0
  for (let m = AT_TOKEN.exec(line); m; m = AT_TOKEN.exec(line)) {
    const tokenStart = m.index
    const tokenEnd = m.index + m[0].length
    // a local part holds no at token, so it starts after the previous one: each character is then read by
    // at most one window, and a line of at tokens costs what its length does
    const windowStart = Math.max(floor, tokenStart - LOOK)
    floor = tokenEnd
    const before = LOCAL_BEFORE.exec(line.slice(windowStart, tokenStart))
    const after = DOMAIN_AFTER.exec(line.slice(tokenEnd, tokenEnd + LOOK))
    if (!before || !after) continue
    const start = windowStart + before.index + (before[0].length - before[0].trimStart().length)
    const end = tokenEnd + after[0].length
    const local = undot(before[0].trim())
    const domain = undot(after[0].trim())
    if (!plausible(local, domain, m[1]!.toLowerCase(), line[start - 1])) continue
    const value = normalizeEmail(`${local}@${domain}`)
    if (!value || value.length > end - start) continue
    decoded.push({ start, end, raw: line.slice(start, end), value })
    chunks.push(line.slice(copied, start), value, '\u2591'.repeat(end - start - value.length))
    copied = end
    floor = end
    AT_TOKEN.lastIndex = end
  }
  if (decoded.length === 0) return { text: line, decoded }
  chunks.push(line.slice(copied))
  return { text: chunks.join(''), decoded }
}

/** A cheap test for an at sign written in brackets, to skip the decoder on most lines. */
export function mayHoldObfuscatedEmail(line: string): boolean {
  return /[[({<]\s{0,2}(?:at|a|@|arobase|ät|aet)\s{0,2}[\])}>]/iu.test(line)
}

const DOTS = new RegExp(DOT, 'giu')
const TLD = /^(?:\p{L}{2,24}|xn--[a-z0-9-]{2,59})$/iu
const UPPER = /\p{Lu}/u

function undot(s: string): string {
  return s.replace(DOTS, '.')
}

function plausible(local: string, domain: string, at: string, charBefore: string | undefined): boolean {
  // the address must stand on its own: not glued to a word or to a preceding address
  if (charBefore !== undefined && /[\p{L}\p{N}@.]/u.test(charBefore)) return false
  if (!/^[\p{L}\p{N}]/u.test(local) || /[.'-]$/.test(local) || local.includes('..')) return false
  const tld = domain.slice(domain.lastIndexOf('.') + 1)
  if (!TLD.test(tld)) return false
  if (at === 'a') {
    // "(a)" is also an item marker: demand an address-like lower-case local part and domain
    if (PROSE_BEFORE_A.has(local.toLowerCase()) || UPPER.test(local + domain)) return false
  }
  return true
}
