import type { CountryCode } from 'libphonenumber-js/max'
import { PressContactsError } from '../errors.js'
import { detectLocale, fold, type Lexicon, type Locale, lexiconFor, localeByLang } from '../locales/index.js'
import { type Contact, ContactSchema, type ExtractionResult, type Warning } from '../model/contact.js'
import { isCountryCode, type PhoneParse } from '../phone.js'
import { sideBySide } from './columns.js'
import { inferCountry } from './country.js'
import { type Item, isQuietText, type LineDetails, lineDetails, lineItems } from './lines.js'
import { phraseMemo, splitName } from './names.js'
import { normalizeText } from './normalize.js'
import { mayHoldObfuscatedEmail } from './obfuscation.js'
import { checkExtractOptions } from './options.js'
import { type Draft, type SegLine, segment } from './records.js'

/**
 * Options of {@link extractContacts}.
 *
 * @example
 * const options: ExtractOptions = { defaultCountry: 'FR', organization: 'CNES', source: { uri: 'https://example.org/release' } }
 * extractContacts(text, options)
 */
export interface ExtractOptions {
  /** ISO 3166 alpha-2 country for numbers written in national format ('FR'); inferred when absent. */
  defaultCountry?: CountryCode | string
  /** The issuing organisation, set on contacts whose block names none. */
  organization?: string
  /** Provenance copied onto each contact's `source`. */
  source?: { uri?: string; date?: string }
  /** Language of the text (BCP 47, 'fr'); detected when absent. */
  language?: string
  /** Longest text accepted, in characters (default 1,000,000); longer input throws INPUT_TOO_LARGE. */
  maxLength?: number
}

/**
 * The default {@link ExtractOptions.maxLength}.
 *
 * @example
 * if (text.length > DEFAULT_MAX_LENGTH) text = text.slice(-DEFAULT_MAX_LENGTH) // keep the end, where contacts are
 */
export const DEFAULT_MAX_LENGTH = 1_000_000
// Lines this far (in lines) above a detail can still name its record.
const LOOKBACK = 8

/**
 * Reads the contact block(s) of a press release, or a whole release, into validated contact records.
 * Never throws on text; throws a {@link PressContactsError} only for bad options or oversized input.
 *
 * @param text - a contact block or a whole release, any line endings
 * @param options - default country, issuing organisation, provenance
 * @returns the contacts in reading order and warnings for what could not be read
 * @example
 * const { contacts } = extractContacts('Pascale Bresson  Tel. +33 (0)1 44 76 75 39  pascale.bresson@cnes.fr')
 * contacts[0].phones[0].e164 // '+33144767539'
 */
export function extractContacts(text: string, options: ExtractOptions = {}): ExtractionResult {
  if (typeof text !== 'string')
    throw new PressContactsError('INVALID_ARGUMENT', 'extractContacts expects a string')
  checkExtractOptions(options)
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH
  if (text.length > maxLength)
    throw new PressContactsError(
      'INPUT_TOO_LARGE',
      `input is ${text.length} characters; the limit is ${maxLength} (raise maxLength or use extractStream)`,
    )
  let country: CountryCode | undefined
  if (options.defaultCountry !== undefined && options.defaultCountry !== null) {
    const cc = String(options.defaultCountry).toUpperCase()
    if (!isCountryCode(cc))
      throw new PressContactsError('INVALID_COUNTRY', `unknown country code '${options.defaultCountry}'`)
    country = cc
  }
  const normalized = normalizeText(text)
  const lines = normalized.split('\n')
  const locale: Locale = (options.language && localeByLang(options.language)) || detectLocale(normalized)
  const baseLex = lexiconFor(locale)
  const warnings: Warning[] = []
  // numbers parsed once per extraction: country inference and the side-by-side cells read them again
  const parsed = new Map<string, PhoneParse>()
  if (!country) {
    const inferred = inferCountry(lines, locale, parsed)
    country = inferred.country
    if (inferred.ambiguous)
      warnings.push({
        code: 'AMBIGUOUS_COUNTRY',
        message: `national numbers read as ${country ?? 'unknown'}; ${inferred.ambiguous}`,
        line: 1,
        text: lines[0] ?? '',
      })
  }

  // 1. details on every line (cheap scans); 2. only lines near details are segmented
  const details: Array<LineDetails | null> = lines.map((line) =>
    /[0-9@:]|www\./.test(line) || mayHoldObfuscatedEmail(line)
      ? lineDetails(line, { country, lex: baseLex, parsed })
      : null,
  )
  // the document's e-mail local parts are evidence for names ("mgingues@" ~ "Maurice Gingues")
  const emailLocals = new Set(
    details.flatMap(
      (d) =>
        d?.emails.map((e) => fold(e.value.slice(0, e.value.lastIndexOf('@'))).replace(/[^a-z]/g, '')) ?? [],
    ),
  )
  // this extraction's own lexicon: with the text's e-mail addresses and a memo of phrase readings
  const lex: Lexicon = { ...baseLex, memo: phraseMemo() }
  if (emailLocals.size > 0) lex.emailLocals = emailLocals
  const near = new Uint8Array(lines.length)
  for (let i = 0; i < lines.length; i++) {
    const d = details[i]
    if (!d || (d.phones.length === 0 && d.emails.length === 0)) continue
    for (let k = i; k >= 0 && k >= i - LOOKBACK; k--) {
      if (near[k] && k < i) break
      near[k] = 1
    }
    if (i + 1 < lines.length) near[i + 1] = 1
  }
  const seg: SegLine[] = []
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const d = details[i] ?? { phones: [], emails: [], invalidEmails: [], urls: [], issues: [] }
    const blank = line.trim() === ''
    if (!near[i]) {
      reportIssues(d, i + 1, line, warnings)
      seg.push({ line: i + 1, items: [], blank: true, prose: false })
      continue
    }
    const group = blank ? null : sideBySide(lines, i)
    if (group) {
      // parallel columns: read each column as a stacked block of its own
      for (let col = 0; col < group.width; col++) {
        for (const [r, row] of group.rows.entries()) {
          const cell = row[col]!.text
          if (!cell) continue
          const cd = lineDetails(cell, { country, lex: baseLex, parsed })
          reportIssues(cd, i + r + 1, lines[i + r]!, warnings)
          seg.push({ line: i + r + 1, items: lineItems(cell, cd, lex), blank: false, prose: false })
        }
        seg.push({ line: group.end, items: [], blank: true, prose: false })
      }
      i = group.end - 1
      continue
    }
    reportIssues(d, i + 1, line, warnings)
    if (!blank && isQuietText(line, d, lex) && isProse(line, line, lex)) {
      // running text: its phrases are classified only if the segmenter reads them
      let items: Item[] | undefined
      seg.push({
        line: i + 1,
        get items() {
          items ??= lineItems(line, d, lex)
          return items
        },
        blank,
        prose: true,
        quiet: true,
      })
      continue
    }
    const items = blank ? [] : lineItems(line, d, lex)
    // a line that is one title, organisation or desk is a field, however many words it has
    const field = items.length === 1 && items[0]!.type === 'phrase'
    seg.push({ line: i + 1, items, blank, prose: !field && isProse(line, withoutDetails(line, d), lex) })
  }
  const drafts = mergeDrafts(segment(seg))
  const contacts: Contact[] = []
  for (const d of drafts) {
    const contact = toContact(d, lines, lex, options)
    const checked = ContactSchema.safeParse(contact)
    if (checked.success) contacts.push(checked.data)
    else
      warnings.push({
        code: 'UNATTACHED_DETAIL',
        message: `a record could not be validated: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        line: d.firstLine,
        text: lines[d.firstLine - 1] ?? '',
      })
  }
  warnings.sort((a, b) => a.line - b.line)
  return { contacts, warnings }
}

function reportIssues(d: LineDetails, line: number, text: string, warnings: Warning[]): void {
  for (const issue of d.issues)
    warnings.push({ code: issue.code, message: `'${issue.raw.trim()}' is ${issue.reason}`, line, text })
  for (const e of d.invalidEmails)
    warnings.push({ code: 'INVALID_EMAIL', message: `'${e.raw}' is not a valid e-mail address`, line, text })
  if (text.includes('[') && /\[email(?:&#160;|\s|\u00a0)protected\]/i.test(text))
    warnings.push({
      code: 'OBFUSCATED_EMAIL',
      message: 'an e-mail address hidden by the page ("[email protected]") cannot be recovered',
      line,
      text,
    })
}

/** The line with its phones, e-mail and web addresses blanked out. */
function withoutDetails(line: string, d: LineDetails): string {
  // Each detail, or each group of overlapping ones (the numbers of one run share its span), becomes one
  // space, in one pass over the spans in order, so that a line with thousands of them stays linear.
  const spans = [...d.phones, ...d.emails, ...d.urls].sort((a, b) => a.start - b.start || a.end - b.end)
  const parts: string[] = []
  let at = 0
  for (const s of spans) {
    if (s.start < at) {
      at = Math.max(at, s.end)
      continue
    }
    parts.push(line.slice(at, s.start), ' ')
    at = s.end
  }
  parts.push(line.slice(at))
  return parts.join('')
}

// bounded: no word is longer, and an unbounded loop overflows the regex stack on a megabyte-long one
const PROSE_WORD = /\p{L}[\p{L}'’-]{0,255}/gu

/** Whether a line reads as running text rather than fields: many words, function words, no column gaps. */
function isProse(line: string, words0: string, lex: Lexicon): boolean {
  if (/\t| {3,}|\|/.test(line.trim()) && line.length < 200) return false
  const text = words0.trim()
  const words = text.match(PROSE_WORD) ?? []
  if (words.length < 8) return false
  let stop = 0
  for (const w of words) if (lex.stopwords.has(fold(w))) stop++
  return words.length >= 14 || text.length > 160 || (stop >= 3 && /[.!?;]\s|[.!?]$/.test(text))
}

/** The same desk named twice in one text ("pressevakt" … "pressevakten"). */
function sameDesk(a: Draft, b: Draft): boolean {
  if (a.anchor?.kind !== 'desk' || b.anchor?.kind !== 'desk') return false
  const x = fold(a.anchor.text)
  const y = fold(b.anchor.text)
  return (
    x === y ||
    (Math.min(x.length, y.length) >= 6 &&
      (x.startsWith(y) || y.startsWith(x)) &&
      Math.abs(x.length - y.length) <= 3)
  )
}

/** A record with no name whose details all stand in another record is that record's echo. */
function mergeDrafts(drafts: Draft[]): Draft[] {
  const out: Draft[] = []
  // indexes from an e-mail, a phone and a desk name's first letters to the records holding them,
  // so that each record is compared with its few candidates, not with every record (linear time)
  const byEmail = new Map<string, number[]>()
  const byPhone = new Map<string, number[]>()
  const byDesk = new Map<string, number[]>()
  const put = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key)
    if (!list) map.set(key, [at])
    else if (list[list.length - 1] !== at) list.push(at)
  }
  const index = (d: Draft, at: number) => {
    for (const e of d.emails) put(byEmail, e.value.toLowerCase(), at)
    for (const p of d.phones) put(byPhone, `${p.e164};${p.ext ?? ''}`, at)
    if (d.anchor?.kind === 'desk') put(byDesk, fold(d.anchor.text).slice(0, 6), at)
  }
  for (const d of drafts) {
    const candidates = new Set<number>()
    for (const e of d.emails) for (const k of byEmail.get(e.value.toLowerCase()) ?? []) candidates.add(k)
    const first = d.phones[0]
    if (first) for (const k of byPhone.get(`${first.e164};${first.ext ?? ''}`) ?? []) candidates.add(k)
    if (d.anchor?.kind === 'desk')
      for (const k of byDesk.get(fold(d.anchor.text).slice(0, 6)) ?? []) candidates.add(k)
    const matches = (o: Draft) =>
      d.emails.some((e) => o.emails.some((x) => x.value.toLowerCase() === e.value.toLowerCase())) ||
      (d.phones.length > 0 &&
        d.phones.every((p) => o.phones.some((x) => x.e164 === p.e164 && x.ext === p.ext))) ||
      sameDesk(o, d)
    const at = [...candidates].sort((a, b) => a - b).find((k) => matches(out[k]!))
    const twin = at === undefined ? undefined : out[at]
    if (
      twin &&
      at !== undefined &&
      (!d.anchor || !twin.anchor || d.anchor.text === twin.anchor.text || sameDesk(twin, d))
    ) {
      if (!twin.anchor && d.anchor) twin.anchor = d.anchor
      for (const p of d.phones)
        if (!twin.phones.some((x) => x.e164 === p.e164 && x.ext === p.ext)) twin.phones.push(p)
      for (const e of d.emails)
        if (!twin.emails.some((x) => x.value.toLowerCase() === e.value.toLowerCase())) twin.emails.push(e)
      for (const u of d.urls) if (!twin.urls.some((x) => x.value === u.value)) twin.urls.push(u)
      twin.title ??= d.title
      twin.organization ??= d.organization
      index(twin, at)
      continue
    }
    out.push(d)
    index(d, out.length - 1)
  }
  return out
}

function toContact(d: Draft, lines: string[], lex: Lexicon, options: ExtractOptions): Contact {
  const organization = d.organization ?? d.contextOrganization ?? options.organization ?? null
  const firstLine = Math.min(d.firstLine, d.anchor?.line ?? Number.POSITIVE_INFINITY)
  const source: Contact['source'] = { line: firstLine, text: (lines[firstLine - 1] ?? '').trim() }
  if (options.source?.uri !== undefined) source.uri = options.source.uri
  if (options.source?.date !== undefined) source.date = options.source.date
  const base = {
    title: d.title,
    organization,
    phones: d.phones.map((p) => ({ e164: p.e164, type: p.type, ext: p.ext, raw: p.raw, label: p.label })),
    emails: d.emails.map((e) => e.value),
    urls: d.urls.map((u) => u.value),
    source,
  }
  if (d.anchor?.kind === 'person') {
    const parts = splitName(d.anchor.text, lex)
    return {
      kind: 'individual',
      name: parts.name,
      givenName: parts.givenName,
      familyName: parts.familyName,
      ...base,
    }
  }
  const name = d.anchor?.text ?? organization ?? d.emails[0]?.value ?? d.phones[0]?.raw ?? 'Contact'
  return { kind: 'org', name, givenName: null, familyName: null, ...base }
}
