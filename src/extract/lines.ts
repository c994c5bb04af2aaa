import type { Lexicon } from '../locales/index.js'
import { fold, hasPhrase } from '../locales/index.js'
import { findEmails, findUrls, type TextSpan } from './emails.js'
import { classifyPhrase, type Phrase, type PhraseKind, startsWithGivenName, trimDesk } from './names.js'
import { decodeObfuscatedEmails } from './obfuscation.js'
import { findPhones, type NumberIssue, type PhoneScanContext, type PhoneSpan } from './phones.js'
import { findInProse } from './prose.js'

/** One item of a line, in reading order. */
export type Item =
  | { type: 'phone'; at: number; phone: PhoneSpan }
  | { type: 'email'; at: number; email: TextSpan }
  | { type: 'url'; at: number; url: TextSpan }
  | { type: 'phrase'; at: number; phrase: Phrase }
  | { type: 'subOrg'; at: number; text: string }
  | { type: 'boilerplate'; at: number }
  | { type: 'sentence'; at: number }

/** The details of one line, found before any segmentation. */
export interface LineDetails {
  phones: PhoneSpan[]
  emails: TextSpan[]
  invalidEmails: TextSpan[]
  urls: TextSpan[]
  issues: NumberIssue[]
}

/** Finds phones, e-mail addresses and web addresses on a line. */
export function lineDetails(line: string, ctx: PhoneScanContext): LineDetails {
  // obfuscated addresses ("name [at] example [dot] com") are decoded in place; offsets are kept
  const plain = decodeObfuscatedEmails(line)
  const { emails, invalid } = findEmails(plain.text)
  if (plain.decoded.length > 0) {
    const byStart = new Map(plain.decoded.map((d) => [d.start, d]))
    for (const e of emails) {
      const d = byStart.get(e.start)
      if (d) Object.assign(e, { end: d.end, raw: d.raw })
    }
  }
  // web addresses that are not part of an e-mail address (both lists run left to right: one sweep)
  let ei = 0
  const urls = findUrls(plain.text).filter((u) => {
    while (ei < emails.length && emails[ei]!.end <= u.start) ei++
    const e = emails[ei]
    return !(e && e.start < u.end)
  })
  // phones are looked for outside e-mail and web addresses ("support-0800123456@…")
  const masked = maskSpans(line, [...emails, ...urls])
  const { phones, issues } = findPhones(masked, ctx)
  return { phones, emails, invalidEmails: invalid, urls, issues }
}

function maskSpans(line: string, spans: Array<{ start: number; end: number }>): string {
  if (spans.length === 0) return line
  let out = ''
  let pos = 0
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += line.slice(pos, s.start) + '\u2591'.repeat(s.end - s.start)
    pos = s.end
  }
  return out + line.slice(pos)
}

// Unicode regexes live in constants: the build (esbuild) turns some of them into `new RegExp()` calls,
// which would compile again on every evaluation.
const ON_BEHALF_OF =
  /^(?:[Ff]or|[Pp]our|[Ff]ür|[Pp]ara|[Pp]er|[Vv]oor|[Ii]m Auftrag von|[Oo]n behalf of|[Ff]or and on behalf of)\s+(\p{Lu}.{1,80}?)\s*:$/u
const NOT_LOWER_START = /^\P{Ll}/u
// sentence ends ("… 0722 301267. Det går också …"), not abbreviations ("Tel. 030", "Dr. Anna")
// (the word before is a lookbehind: matched from each letter instead, a long run of letters costs its square)
const SENTENCE_END = /(?<=(?:\p{L}{4}|\d)[)"”»']?)[.!?]\s+(?=\p{Lu})/gu
const SENTENCE_END_ONE = new RegExp(SENTENCE_END.source, 'u')
const TWO_LETTERS = /\p{L}{2}/u

// Field separators inside a gap of text: tabs, column gaps, pipes, bullets, dashes between spaces,
// commas, semicolons, colons, brackets and slashes between spaces. The whitespace before a separator is
// bounded: unbounded, a long run of spaces is read again from each of its characters (quadratic).
const SEPARATORS =
  /\t+| {2,}|\s{0,40}[|•·▪►●■◦]\s*|\s{1,40}[–—-]\s+|\s{0,40}[–—]\s*|[,;:]\s*|\s{0,40}[()[\]]\s*|\s{1,40}\/\s+|\u2591+/gu
const PROSE_WORDS = 6

/** Splits a line into items: details, and the phrases between them classified. */
export function lineItems(line: string, details: LineDetails, lex: Lexicon): Item[] {
  const items: Item[] = []
  for (const p of details.phones) items.push({ type: 'phone', at: p.start, phone: p })
  for (const e of details.emails) items.push({ type: 'email', at: e.start, email: e })
  for (const u of details.urls) items.push({ type: 'url', at: u.start, url: u })
  const spans = [...details.phones, ...details.emails, ...details.urls].sort((a, b) => a.start - b.start)
  const trimmed = line.trim()
  const folded = fold(trimmed)
  if (isBoilerplate(folded, lex)) return [{ type: 'boilerplate', at: 0 }, ...items]
  const sub = ON_BEHALF_OF.exec(trimmed)
  if (sub && spans.length === 0 && !hasPhrase(lex.headings, fold(trimmed.replace(/:$/, '')))) {
    const org = sub[1]!.replace(/\s*\([^)]*\)\s*$/, '').trim()
    if (classifyPhrase(org, lex) !== 'heading') return [{ type: 'subOrg', at: 0, text: org }]
  }
  // a short line of words ending in a colon, with nothing after it, heads what follows
  if (spans.length === 0 && /^[^:]{3,60}:$/.test(trimmed) && NOT_LOWER_START.test(trimmed)) {
    const kind = classifyPhrase(trimmed.slice(0, -1), lex)
    if (kind === 'text' || kind === 'nameish' || kind === 'heading') {
      const start = line.indexOf(trimmed)
      return [{ type: 'phrase', at: start, phrase: { kind: 'heading', text: trimmed.slice(0, -1), start } }]
    }
  }
  // a whole line that is a title ("Senior Manager, Public Relations") is not split at its commas
  if (spans.length === 0 && trimmed.length < 90) {
    const kind = classifyPhrase(trimmed.replace(/[:]$/, ''), lex)
    const firstPart = trimmed.split(/,\s*/)[0]!
    const wholeLine = firstPart === trimmed || kind === 'heading' || classifyPhrase(firstPart, lex) === kind
    if (wholeLine && (kind === 'title' || kind === 'heading' || kind === 'desk' || kind === 'org')) {
      const start = line.indexOf(trimmed)
      const split = kind === 'heading' ? null : splitTrailingPerson(trimmed, kind, start, lex)
      if (split) return split
      return [{ type: 'phrase', at: start, phrase: { kind, text: trimmed.replace(/\s*:$/, ''), start } }]
    }
  }
  let pos = 0
  // the text between details; every gap but a trailing one stands before a detail
  const gaps: Array<{ start: number; text: string; beforeDetail: boolean }> = []
  for (const s of spans) {
    if (s.start > pos) gaps.push({ start: pos, text: line.slice(pos, s.start), beforeDetail: true })
    pos = Math.max(pos, s.end)
  }
  if (pos < line.length) gaps.push({ start: pos, text: line.slice(pos), beforeDetail: false })
  for (const gap of gaps) {
    for (const m of gap.text.matchAll(SENTENCE_END))
      items.push({ type: 'sentence', at: gap.start + m.index + m[0].length - 1 })
    const pieces = splitPhrases(gap.text)
    const beforeDetail = gap.beforeDetail
    for (const [n, piece] of pieces.entries()) {
      // a "word" of thousands of characters is no field, and the phrase patterns would overflow the
      // regex engine's backtracking stack on a megabyte-long one
      if (hasLongWord(piece.text)) continue
      // a heading before its colon ("Press contact: …") is read before lead words are trimmed
      const rawPiece = piece.text.trim()
      if (rawPiece && classifyPhrase(rawPiece, lex) === 'heading') {
        const at = gap.start + piece.start + piece.text.indexOf(rawPiece)
        items.push({ type: 'phrase', at, phrase: { kind: 'heading', text: rawPiece, start: at } })
        continue
      }
      const text = cleanPhrase(piece.text, lex, beforeDetail && n === pieces.length - 1)
      if (!text) continue
      const at = gap.start + piece.start + piece.text.indexOf(text.slice(0, 3))
      const wordCount = text.split(/\s+/).length
      if (wordCount > PROSE_WORDS) {
        for (const p of findInProse(text, lex))
          items.push({ type: 'phrase', at: at + p.start, phrase: { ...p, start: at + p.start } })
        continue
      }
      const kind = classifyPhrase(text, lex)
      if (kind === 'text' || kind === 'nameish') {
        // a short phrase can still hold a name after a lead-in ("please contact Morgan Lee")
        const inner = findInProse(text, lex)
        if (inner.length > 0) {
          for (const p of inner)
            items.push({ type: 'phrase', at: at + p.start, phrase: { ...p, start: at + p.start } })
          continue
        }
      }
      if (kind === 'text') continue
      if (kind === 'title' || kind === 'org' || kind === 'desk') {
        const split = splitTrailingPerson(text, kind, at, lex)
        if (split) {
          items.push(...split)
          continue
        }
      }
      const clean = kind === 'desk' ? trimDesk(text) : text
      items.push({ type: 'phrase', at, phrase: { kind, text: clean, start: at } })
    }
  }
  return items.sort((a, b) => a.at - b.at)
}

/**
 * Whether {@link lineItems} would read a line of running text as no record's field: a line with no
 * details that is no boilerplate, no heading and not one field (it is long and ends in no colon)
 * and that ends a sentence, so its items are never one phrase alone. The segmenter needs the items
 * of such a line only when a record with details is open before it (they can end or complete it);
 * otherwise the line only ends the record being opened, and its phrases need not be classified.
 */
export function isQuietText(line: string, details: LineDetails, lex: Lexicon): boolean {
  if (details.phones.length > 0 || details.emails.length > 0 || details.urls.length > 0) return false
  const trimmed = line.trim()
  // shorter lines can be one title, desk or organisation; lines ending in a colon, headings
  if (trimmed.length < 90 || trimmed.endsWith(':')) return false
  return !isBoilerplate(fold(trimmed), lex) && SENTENCE_END_ONE.test(line)
}

/**
 * A title, organisation or desk phrase that ends with a person's name ("Polizeihauptkommissar
 * Kai-Uwe Reinhold", "Presserådgiver i Erhvervsministeriet Jesper Ingemann") as two items.
 */
function splitTrailingPerson(text: string, kind: PhraseKind, at: number, lex: Lexicon): Item[] | null {
  if (text.split(/\s+/).length < 3) return null
  const person = findInProse(text, lex).find((p) => p.kind === 'person' && p.start > 0)
  if (!person || person.start + person.text.length < text.length - 1) return null
  // the name after a title or an organisation starts with its given name ("… Jesper Ingemann"): a
  // place that ends in one is no person ("Fundación Tierra Clara", "Câmara Municipal de Vila Serena")
  if (!startsWithGivenName(person.text, lex)) return null
  const head = text.slice(0, person.start).trim()
  // "CEO: Sebastian Einbock" in an imprint names an officer, not the contact of what follows
  if (head.endsWith(':')) return null
  return [
    { type: 'phrase', at, phrase: { kind, text: head, start: at } },
    { type: 'phrase', at: at + person.start, phrase: { ...person, start: at + person.start } },
  ]
}

function splitPhrases(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = []
  let pos = 0
  SEPARATORS.lastIndex = 0
  for (let m = SEPARATORS.exec(text); m; m = SEPARATORS.exec(text)) {
    if (m.index > pos) out.push({ start: pos, text: text.slice(pos, m.index) })
    pos = m.index + m[0].length
    if (m[0].length === 0) SEPARATORS.lastIndex++
  }
  if (pos < text.length) out.push({ start: pos, text: text.slice(pos) })
  return out
}

const LEAD_WORDS = new Set([
  'and',
  'or',
  'at',
  'on',
  'to',
  'via',
  'und',
  'oder',
  'et',
  'ou',
  'y',
  'o',
  'e',
  'en',
  'of',
  'og',
  'och',
  'eller',
  'alt',
  'or at',
  'tel',
  'phone',
  'email',
  'e-mail',
  'mail',
  'contact',
  'please',
  'call',
  'unter',
  'au',
  'al',
  'ou au',
  'bei',
  'an',
])

// What cleanPhrase trims: bullets, dashes and dots before a phrase, dashes and dots after it.
const LEAD_JUNK = /[\s\-–—*>•·.]/u
const TRAIL_JUNK = /[\s\-–—*.]/u
const STOPS = /[.:]/

/**
 * `text` without the run of `lead` characters at its start and of `trail` characters at its end. Linear,
 * where `/[…]+$/` is quadratic: it is tried from each character of a long run that stops short of the end.
 */
function trimRuns(text: string, lead: RegExp | null, trail: RegExp | null): string {
  let a = 0
  let b = text.length
  if (lead) while (a < b && lead.test(text[a]!)) a++
  if (trail) while (b > a && trail.test(text[b - 1]!)) b--
  return text.slice(a, b)
}

const SPACE = /\s/

/** The longest run of non-space characters a phrase may hold. */
const MAX_WORD = 1000

/** Whether `text` holds a run of more than {@link MAX_WORD} characters without a space. */
function hasLongWord(text: string): boolean {
  if (text.length <= MAX_WORD) return false
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    run =
      c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a)
        ? 0
        : run + 1
    if (run > MAX_WORD) return true
  }
  return false
}

/** `text` without its last `n` words, trimmed; unchanged when it has fewer. Linear in the words' length. */
function withoutLastWords(text: string, n: number): string {
  let i = text.length
  while (i > 0 && SPACE.test(text[i - 1]!)) i--
  if (i < text.length) return text // the words must end the text
  for (let k = 0; k < n; k++) {
    if (k > 0) {
      const wordEnd = i
      while (i > 0 && SPACE.test(text[i - 1]!)) i--
      if (i === wordEnd || i === 0) return text
    }
    const end = i
    while (i > 0 && !SPACE.test(text[i - 1]!)) i--
    if (i === end) return text
  }
  return text.slice(0, i).trim()
}

/** Trims bullets, labels and lead-in words from a phrase; empty when nothing is left. */
function cleanPhrase(raw: string, lex: Lexicon, beforeDetail: boolean): string {
  let text = trimRuns(raw, LEAD_JUNK, TRAIL_JUNK)
  // drop the label that stood right before a detail ("E-Mail", "Tel.", "Web"), and lead-in words
  let labelDropped = !beforeDetail
  if (!labelDropped) {
    // two- and three-word labels: "Toll free", "Phone number", "Direct line"
    const m = /(?:^|\s)([\p{L}][\p{L}.-]*\s+[\p{L}][\p{L}.-]*(?:\s+[\p{L}][\p{L}.-]*)?)\.?$/u.exec(text)
    const key = m ? fold(m[1]!).replace(/\.$/, '').replace(/\s+/g, ' ') : ''
    const words = key.split(' ')
    for (let n = words.length; n >= 2 && m; n--) {
      const tail = words.slice(-n).join(' ')
      if (lex.phoneLabels.has(tail) || lex.emailLabels.has(tail)) {
        text = withoutLastWords(text, n)
        labelDropped = true
        break
      }
    }
  }
  for (let k = 0; k < 3; k++) {
    const m = /(?:^|\s)([\p{L}][\p{L}.-]*)\.?$/u.exec(text)
    if (!m) break
    const key = fold(m[1]!).replace(/\.$/, '')
    const isLabel =
      lex.phoneLabels.has(key) ||
      lex.emailLabels.has(key) ||
      lex.urlLabels.has(key) ||
      lex.extensionWords.has(key)
    // "Press Office: +44 …" names a desk; "Press Office" is not "Press" + the label "Office"
    const pair = trimRuns(fold(text.split(/\s+/).slice(-2).join(' ')), null, STOPS)
    if (isLabel && !labelDropped && hasPhrase(lex.desks, pair)) break
    if (isLabel && !labelDropped) labelDropped = true
    else if (!LEAD_WORDS.has(key)) break
    text = text.slice(0, m.index).trim()
  }
  for (let k = 0; k < 3; k++) {
    const m = /^([\p{L}][\p{L}-]*)\s+/u.exec(text)
    if (!m || !LEAD_WORDS.has(fold(m[1]!))) break
    text = text.slice(m[0].length)
  }
  if (!TWO_LETTERS.test(text)) return ''
  return text
}

function isBoilerplate(folded: string, lex: Lexicon): boolean {
  if (/^(?:#{3,}|-\s*30\s*-|-?\s*ends?\s*-?)$/.test(folded)) return true
  if (folded.length > 80) return false
  if (hasPhrase(lex.boilerplate, folded.replace(/:$/, ''))) return true
  // "About Contoso", "À propos de Contoso", "Über Contoso"
  const head = /^(about|a propos de|a propos d'|uber|over|sobre|acerca de|chi siamo|om)\s+\S/.exec(folded)
  return head !== null && folded.length < 80
}
