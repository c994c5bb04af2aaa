import { normalizeEmail } from '../email.js'

/** An e-mail address or web address found on a line. */
export interface TextSpan {
  start: number
  end: number
  value: string
  raw: string
}

const LOCAL = /[\p{L}\p{N}._%+'-]/u
const DOMAIN = /[\p{L}\p{N}.-]/u

/**
 * Finds e-mail addresses on a line by expanding around each '@' (a linear scan: no regex runs over
 * the whole line). Returns the valid ones and the '@' words that are not valid addresses.
 */
export function findEmails(line: string): { emails: TextSpan[]; invalid: TextSpan[] } {
  const emails: TextSpan[] = []
  const invalid: TextSpan[] = []
  let from = 0
  let consumed = 0
  for (;;) {
    const at = line.indexOf('@', from)
    if (at < 0) break
    let s = at
    while (s > consumed && LOCAL.test(line[s - 1]!)) s--
    let e = at + 1
    while (e < line.length && DOMAIN.test(line[e]!)) e++
    while (s < at && /[.'-]/.test(line[s]!)) s++
    while (e > at + 1 && /[.-]/.test(line[e - 1]!)) e--
    from = Math.max(e, at + 1)
    if (s === at || e === at + 1) continue
    const raw = line.slice(s, e)
    if (!line.slice(at + 1, e).includes('.')) continue
    const value = normalizeEmail(raw)
    if (value) emails.push({ start: s, end: e, value, raw })
    else invalid.push({ start: s, end: e, value: raw, raw })
    consumed = e
  }
  return { emails, invalid }
}

const URL_START = /\b(?:https?:\/\/|www\.)/giu
const URL_HINT = /http|www\./i

/** Finds web addresses ("https://…", "www.…") on a line; trailing punctuation is not part of them. */
export function findUrls(line: string): TextSpan[] {
  const out: TextSpan[] = []
  // a cheap exact pre-check: the Unicode case-insensitive scan below is slow on every line
  if (!URL_HINT.test(line)) return out
  URL_START.lastIndex = 0
  for (let m = URL_START.exec(line); m; m = URL_START.exec(line)) {
    let e = m.index
    while (e < line.length && !/[\s<>"'|]/.test(line[e]!)) e++
    while (e > m.index && /[.,;:!?)\]}]/.test(line[e - 1]!)) {
      if (line[e - 1] === ')' && line.slice(m.index, e).includes('(')) break
      e--
    }
    const raw = line.slice(m.index, e)
    if (raw.length > m[0].length + 3 && raw.includes('.'))
      out.push({ start: m.index, end: e, value: raw, raw })
    URL_START.lastIndex = e
  }
  return out
}
