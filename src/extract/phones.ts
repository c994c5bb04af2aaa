import { fold, type Lexicon } from '../locales/index.js'
import type { PhoneType } from '../model/contact.js'
import { type CountryCode, numberType, type PhoneParse, parsePhone } from '../phone.js'

/** A phone number found on a line, parsed and typed. */
export interface PhoneSpan {
  start: number
  end: number
  e164: string
  type: PhoneType
  ext: string | null
  raw: string
  label: string | null
  country: string | undefined
}

/** A number-like run that is not kept as a phone, and why. */
export interface NumberIssue {
  start: number
  end: number
  raw: string
  code: 'INVALID_PHONE' | 'IGNORED_NUMBER'
  reason: string
}

const MAX_DIGITS = 40 // two numbers in one run still fit; a megabyte of digits is cut here
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
// Unicode regexes live in constants: the build (esbuild) turns some of them into `new RegExp()` calls,
// which would compile again on every evaluation in a hot loop.
const LETTER = /\p{L}/u
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c)
const INNER = new Set([' ', '.', '-', '/', '(', ')'])

// an area code or trunk in brackets inside a number: "(0)", "(212)", "(+44)"; sticky, read in place
const BRACKET_GROUP = /\(\+?\s?\d{1,5}\)/y

/** Raw candidate runs: digits with the punctuation numbers are written with, found by one linear scan. */
export function scanNumberRuns(line: string): Array<{ start: number; end: number }> {
  const runs: Array<{ start: number; end: number }> = []
  const n = line.length
  let i = 0
  while (i < n) {
    const c = line[i]!
    let startOk = false
    if (isDigit(c)) startOk = !isDigit(line[i - 1]) && !isLetter(line[i - 1])
    else if (c === '+')
      startOk = isDigit(line[i + 1]) || (line[i + 1] === ' ' && isDigit(line[i + 2])) || line[i + 1] === '('
    else if (c === '(') startOk = isDigit(line[i + 1]) || line[i + 1] === '+'
    if (!startOk) {
      i++
      continue
    }
    let j = i + (c === '+' ? 1 : 0)
    if (line[j] === ' ') j++
    let digits = 0
    let lastDigit = -1
    let seps = 0
    // whether a bracket was opened, and how many stand open so far and at the last digit
    let opened = false
    let depth = 0
    let depthAtLast = 0
    while (j < n) {
      const d = line[j]!
      if (isDigit(d)) {
        digits++
        lastDigit = j
        depthAtLast = depth
        seps = 0
      } else if (INNER.has(d) || (d === '+' && line[j - 1] === '(')) {
        // a bracket inside a number holds an area code or the trunk "(0)"; "(9:00–15:00)" ends it
        if (d === '(' && j > i) {
          BRACKET_GROUP.lastIndex = j
          if (!BRACKET_GROUP.test(line)) break
        }
        if (d === ')' && !opened) break
        if (d === '(') {
          opened = true
          depth++
        } else if (d === ')') depth--
        seps++
        // two spaces in a row (a column gap) or a long punctuation run ends the number
        if (seps > 3 || (d === ' ' && line[j - 1] === ' ')) break
      } else break
      j++
      if (digits > MAX_DIGITS) break
    }
    if (lastDigit < 0) {
      i = j > i ? j : i + 1
      continue
    }
    let end = lastDigit + 1
    if (line[end] === ')' && depthAtLast > 0) end++
    runs.push({ start: i, end })
    // skip the rest of an over-long digit run so it is not re-read from its middle
    i = digits > MAX_DIGITS ? skipDigits(line, j) : Math.max(end, i + 1)
  }
  return runs
}

function skipDigits(line: string, from: number): number {
  let k = from
  while (k < line.length && (isDigit(line[k]) || INNER.has(line[k]!))) k++
  return k
}

// Words before a number that make it a reference, not a phone. Matched on fold()ed text.
const NOT_PHONE_BEFORE =
  /(?:^|[^\p{L}])(isbn|issn|isin|ean|hrb|hra|(?:vat(?: id| no| number| reg)?|ust-?id(?:nr)?|tva|iva|btw)(?: ?[a-z]{2})?|siren|siret|rcs|iban|bic|swift|tax(?: no| id| number)?|steuer-?nr|steuernummer|ref|reference|referencia|riferimento|aktenzeichen|az|case(?: no| number)?|order(?: no| number)?|invoice|lot|art|article|passcode|pass code|access code|participant code|conference id|meeting id|webinar id|pin|kvk|kbo|cvr|org\.? ?nr|orgnr|nip|regon|krs|inn|ogrn|registration(?: no| number)?|company (?:no|number|registration)|reg\.? ?no|lei|cusip|sedol|po box|postfach|bp|cs|cedex|n[°º]|nr\.? d'ordre|dial[- ]?in|conference|konferenz)\s*[:.#]?\s*[:.]?\s*$/u
// Register, tax and bank words anywhere shortly before an unlabelled number ("Registro Imprese di Bergamo n. 0218…")
const REGISTRY_NEAR =
  /(?:^|[^\p{L}])(?:isbn|issn|isin|hrb|hra|vat|iva|btw|tva|ust|registro|register|registre|handelsregister|firmenbuch|companies house|company (?:no|number)|codice fiscale|partita|siren|siret|rcs|kvk|kbo|cvr|orgnr|org\.? ?nr|nip|regon|krs|inn|ogrn|kpp|steuer|tax|iban|bic|swift|ecli|doi|lei|cnpj|cpf|cif|nif|finess|sort code|bank account|bce|ondernemingsnummer|numero d'entreprise|y-tunnus|ytunnus|kapital zakladowy|share capital|capital social|capitale sociale|stammkapital|grundkapital|aktiekapital|diarienummer|dnr|aktenzeichen)(?:[^\p{L}]|$)/u
// A sentence about a conference call: its numbers are dial-ins, not contacts.
const CONFERENCE =
  /conference call|conference id|dial[- ]in|to access the call|webcast|passcode|access code|telefonkonferenz|einwahl|zugangscode|teleconference|teleconférence|conférence téléphonique|code d'acces|conferenza telefonica|conference telefonica|audioconferencia|teleconferencia|telefonconferentie|inbelnummer|telefonkonferanse|telefonkonferens|puhelinkonferenssi/u

/** The sentence of a line around a span: from the last ". " before it to the next after it. */
function sentenceAround(line: string, start: number, end: number): string {
  // bounded on both sides, so that a megabyte-long line costs the same per number: the stops are
  // looked for only within those bounds (a stop further away would not be used anyway)
  const lo = Math.max(start - 300, 0)
  const back = line.slice(lo, start + 2)
  const from = lo + Math.max(back.lastIndexOf('. ', start - lo), back.lastIndexOf('; ', start - lo), 0)
  const next = line.slice(end, end + 302).indexOf('. ')
  return line.slice(from, next < 0 || next > 300 ? Math.min(line.length, end + 300) : end + next)
}

const CURRENCY_BEFORE =
  /(?:[$€£¥₽]|\b(?:eur|usd|gbp|chf|nok|sek|dkk|pln|rub|brl|cad|aud|jpy|inr|mio|mrd|us\$|r\$))\s*$/iu
// A unit ends where no letter follows (Unicode-aware: "Tél." is no tonne) and is no label ("M:").
const UNIT_AFTER =
  /^\s*(?:zł|zl\b|pln\b|kč|czk\b|huf\b|ft\b|₽|руб|rub\b|francs?\b|franken\b|fr\.|sfr\b|chf\b|złotych|korun|kronor|kroner|euro\b|[%‰€$£]|m²|(?:eur|euros?|usd|dollars?|chf|nok|sek|dkk|kr|kg|km|m2|mw|kw|gw|mwh|gwh|tonnes?|tons?|ha|shares?|actions?|aktien|options?|votes?|droits|stück|units?|pieces?|people|personnes|persons?|passengers?|passageiros|habitants|einwohner|jobs?|employees?|salariés|mitarbeiter|million\p{L}*|billion\p{L}*|milliard\p{L}*|mrd|mio)(?![\p{L}\p{N}:]))/iu
// metres and tonnes only in lower case: "M +33 6…" and "T +49 89…" are the labels of the next number
const UNIT_LETTER_AFTER = /^\s*[mt](?![\p{L}\p{N}:.])/u
const DATE_LIKE =
  /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2}|(?:19|20)\d{2}\s*[-/]\s*\d{2,5}|(?:19|20)\d{2}(?:\s*[-/]\s*(?:19|20)\d{2})+)$/
// a full date inside a run ("(08./09.03.2025)", "am 12.03.2024")
const DATE_INSIDE =
  /(?:^|[^\d])\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}(?:[^\d]|$)|(?:^|[^\d])(?:19|20)\d{2}-\d{2}-\d{2}(?:[^\d]|$)/
// "1.250.000": dotted thousands. (Space-grouped 3-3-3 is how Spain, Poland and Portugal write
// mobiles; a French count without its trunk 0 is caught by parsePhone.)
const THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+$/

// a letter glued to a run: "2024-0173-FR", "FR-2024", "A1-2024"
const GLUED_AFTER = /^-?\p{L}/u
const GLUED_BEFORE = /\p{L}[-/.]$/u
const JOINED_BEFORE = /[\p{L}\p{N}][-/]$/u
const UPPER_FIRST = /^[\p{Lu}]/u

// What may stand between two numbers for the second to share the first one's label.
// (the word and the separators after it are one optional group: two optional runs side by side made a
// failed match quadratic)
const CARRY_GAP = /^[\s,;/–—-]*(?:(?:or|oder|ou|o|of|eller|alt\.?|или|lub|et|und|and|y|e)[\s,;/–—-]*)?$/iu

/** Options for {@link findPhones}. */
export interface PhoneScanContext {
  country: CountryCode | undefined
  lex: Lexicon
  /** Numbers already parsed during this extraction (see {@link parsePhone}). */
  parsed?: Map<string, PhoneParse>
}

/**
 * Finds the phone numbers on one line: candidates from {@link scanNumberRuns}, ruled out by their
 * context (references, dates, amounts), split where one run holds several numbers ("… 78/79",
 * "… / …"), then parsed and typed by their label and extension.
 */
export function findPhones(
  line: string,
  ctx: PhoneScanContext,
): { phones: PhoneSpan[]; issues: NumberIssue[] } {
  const phones: PhoneSpan[] = []
  const issues: NumberIssue[] = []
  let prevEnd = 0
  let prevLabel: { label: string; type: PhoneType } | null = null
  for (const run of scanNumberRuns(line)) {
    const raw = line.slice(run.start, run.end)
    const digits = raw.replace(/\D/g, '')
    if (digits.length < 6) continue
    const before = line.slice(Math.max(prevEnd, run.start - 40), run.start)
    const after = line.slice(run.end, run.end + 40)
    const foldedBefore = fold(before)
    const labelled = findLabel(before, ctx.lex)
    // a letter glued to the run ("2024-0173-FR", "FR-2024") makes it a reference code
    const glued = GLUED_AFTER.test(after) || GLUED_BEFORE.test(before) || JOINED_BEFORE.test(before)
    if (
      (NOT_PHONE_BEFORE.test(foldedBefore) && !(labelled && labelled.at > before.length - 12)) ||
      (!labelled && REGISTRY_NEAR.test(foldedBefore))
    ) {
      issues.push({ ...run, raw, code: 'IGNORED_NUMBER', reason: 'a reference or registration number' })
      prevEnd = run.end
      continue
    }
    if (!labelled && !raw.startsWith('+')) {
      if (
        glued ||
        CURRENCY_BEFORE.test(before) ||
        UNIT_AFTER.test(after) ||
        UNIT_LETTER_AFTER.test(after) ||
        DATE_LIKE.test(raw.trim()) ||
        DATE_INSIDE.test(raw) ||
        THOUSANDS.test(raw.trim())
      ) {
        prevEnd = run.end
        continue
      }
    }
    const carried = prevLabel as { label: string; type: PhoneType } | null
    if (CONFERENCE.test(fold(sentenceAround(line, run.start, run.end)))) {
      issues.push({ ...run, raw, code: 'IGNORED_NUMBER', reason: 'a conference dial-in number' })
      prevEnd = run.end
      continue
    }
    const labelInfo: { label: string; type: PhoneType; at: number } | null =
      labelled ?? (carried && CARRY_GAP.test(line.slice(prevEnd, run.start)) ? { ...carried, at: 0 } : null)
    const parts = splitRun(raw)
    let offset = run.start
    let endOfRun = run.end
    for (let p = 0; p < parts.length; p++) {
      let part = parts[p]!
      let parsed = parsePhone(part.text, ctx.country, ctx.parsed)
      if (!parsed.ok) {
        const at = splitAtBracket(part, ctx)
        if (at?.head) {
          parts.splice(p, 1, at.head, at.tail)
          p--
          continue
        }
        if (at) {
          part = at.tail
          parsed = at.parsed
        }
      }
      if (!parsed.ok) {
        if (
          parsed.reason !== 'not-national' &&
          (labelled || raw.trim().startsWith('+') || digits.length >= 8)
        ) {
          const worth = labelled || raw.trim().startsWith('+') || parsed.reason === 'no-country'
          if (worth)
            issues.push({
              start: offset,
              end: offset + part.text.length,
              raw: part.text,
              code: 'INVALID_PHONE',
              reason:
                parsed.reason === 'no-country'
                  ? 'a national number and no country to read it with: pass defaultCountry'
                  : 'not a valid number',
            })
        }
        continue
      }
      const ext = part.last ? findExtension(line, run.end, ctx.lex) : null
      if (ext) endOfRun = ext.end
      const trailing = part.last ? trailingLabel(line.slice(endOfRun), ctx.lex) : null
      const label = labelInfo ?? trailing
      let type: PhoneType = label?.type ?? 'unknown'
      if (type === 'unknown' && numberType(parsed.number) === 'MOBILE') type = 'mobile'
      if (label && /dial|passcode|konferenz|conference/i.test(label.label)) {
        issues.push({
          start: offset,
          end: offset + part.text.length,
          raw: part.text,
          code: 'IGNORED_NUMBER',
          reason: 'a conference dial-in number',
        })
        continue
      }
      phones.push({
        start: run.start,
        end: endOfRun,
        e164: parsed.number.number,
        type,
        ext: ext?.value ?? (parsed.number.ext ? String(parsed.number.ext) : null),
        raw: part.text.trim(),
        label: label?.label ?? null,
        country: parsed.number.country,
      })
      offset += part.text.length
    }
    if (labelInfo) prevLabel = { label: labelInfo.label, type: labelInfo.type }
    prevEnd = endOfRun
  }
  return { phones, issues }
}

/** A piece of a number run, and whether it is the run's last (which an extension may follow). */
type RunPart = { text: string; last: boolean }

/**
 * A run that does not parse whole may hold a number from one of its brackets on. The digits before it
 * belong to something else ("ext. 12 (212) 200-0000": `head` null) or are a number of their own
 * ("+49 89 1234567 (212) 200-0000"). Each bracket after the first character is tried, so that
 * "(212) 200-0000 (212) 200-0001" is reached too.
 */
function splitAtBracket(
  part: { text: string; last: boolean },
  ctx: PhoneScanContext,
): {
  head: { text: string; last: boolean } | null
  tail: { text: string; last: boolean }
  parsed: PhoneParse
} | null {
  for (let b = part.text.indexOf('(', 1); b > 0; b = part.text.indexOf('(', b + 1)) {
    if (!/\d/.test(part.text.slice(0, b))) continue
    const tail = { text: part.text.slice(b), last: part.last }
    const parsed = parsePhone(tail.text, ctx.country, ctx.parsed)
    if (!parsed.ok) continue
    const head = { text: part.text.slice(0, b), last: false }
    return { head: parsePhone(head.text, ctx.country, ctx.parsed).ok ? head : null, tail, parsed }
  }
  return null
}

/**
 * Splits a run that holds several numbers: "01 42 75 50 78/79" (an alternative last group) and
 * "0800 123 456 / 0800 123 457"; a slash after a short area code ("030/1234567") stays inside.
 */
function splitRun(raw: string): RunPart[] {
  // an international prefix after a space starts another number: "+44 20 7946 0000 0033 1 99 00 11 22"
  // (only when the run is longer than any one number: "+49 (0)151 00100000" is one)
  const intl = raw.replace(/\D/g, '').length > 17 ? raw.split(/\s+(?=00[1-9]\d)/) : [raw]
  if (intl.length > 1 && intl.every((p) => p.replace(/\D/g, '').length >= 6)) {
    const parts = intl.flatMap((p) => splitRun(p).map((x) => x.text))
    return parts.map((text, k) => ({ text, last: k === parts.length - 1 }))
  }
  const pieces = raw.split('/')
  if (pieces.length === 1) return [{ text: raw, last: true }]
  const out: string[] = []
  let cur = pieces[0]!
  for (let k = 1; k < pieces.length; k++) {
    const next = pieces[k]!
    // a country code and "(0)" are not part of the area code: "+49 (0)151/12345678" is one number
    const curDigits = cur
      .replace(/^\s*(?:\+|00)\s?\d{1,3}[\s.-]*(?:\(\s*0\s*\))?/, '')
      .replace(/\D/g, '').length
    const nextDigits = next.replace(/\D/g, '')
    const lastGroup = /(\d+)\D*$/.exec(cur)?.[1] ?? ''
    if (curDigits >= 6 && /^\s*\d{1,4}\s*$/.test(next) && nextDigits.length <= lastGroup.length) {
      out.push(cur)
      // "78/79" and "2241/42": the same number with its last digits replaced
      const kept = lastGroup.slice(0, lastGroup.length - nextDigits.length)
      cur = cur.replace(/\d+(\D*)$/, kept + nextDigits + '$1')
    } else if (
      (curDigits >= 6 && nextDigits.length >= 6) ||
      (/^\s*(?:\+|00[1-9])/.test(next) && nextDigits.length >= 10)
    ) {
      // two numbers, or a short figure then an international one ("ext. 12 / 0033 1 …")
      out.push(cur)
      cur = next
    } else cur = cur + '/' + next // "030/2589 4471": a slash inside one number, kept as written
  }
  out.push(cur)
  return out.map((text, k) => ({ text, last: k === out.length - 1 }))
}

/** The phone label closest before a number on its line ("Tél. :", "Mobile", "T"), and its type. */
export function findLabel(
  before: string,
  lex: Lexicon,
): { label: string; type: PhoneType; at: number } | null {
  // words before the number, nearest last; stop at another number or an e-mail
  const tail = before.slice(-40)
  const words = [...tail.matchAll(/[\p{L}][\p{L}.'’-]*/gu)]
  for (let k = words.length - 1, seen = 0; k >= 0 && seen < 4; k--, seen++) {
    for (let len = Math.min(3, k + 1); len >= 1; len--) {
      const first = words[k - len + 1]!
      const last = words[k]!
      const phraseRaw = tail.slice(first.index, last.index! + last[0].length)
      const key = fold(phraseRaw)
        .replace(/[.:]+$/, '')
        .replace(/\.(?=\s)/g, '')
        .replace(/\s+/g, ' ')
      const type = lex.phoneLabels.get(key)
      if (!type) continue
      // single letters count only as the last word before the number: "T +33…", "M: 06…"
      if (
        key.length === 1 &&
        (k !== words.length - 1 || (!UPPER_FIRST.test(phraseRaw) && !/[:.]\s*$/.test(tail)))
      )
        continue
      if (key.length === 1 && LETTER.test(tail.slice(last.index! + last[0].length))) continue
      return { label: phraseRaw.replace(/[\s:]+$/, ''), type, at: before.length - tail.length + first.index! }
    }
    if (/[@\d]/.test(tail.slice(words[k]!.index! + words[k]![0].length))) break
  }
  return null
}

/** "(mobile)", "(fax)" after a number. */
function trailingLabel(after: string, lex: Lexicon): { label: string; type: PhoneType } | null {
  const m = /^\s*\(([\p{L}][\p{L} .-]{0,20})\)/u.exec(after)
  if (!m) return null
  const key = fold(m[1]!).replace(/\.$/, '')
  const type = lex.phoneLabels.get(key)
  return type ? { label: m[1]!, type } : null
}

/** "ext. 204", "x204", ", poste 312", "Durchwahl 12", "int. 5" right after a number. */
function findExtension(line: string, from: number, lex: Lexicon): { value: string; end: number } | null {
  const m = /^\s*[,;]?\s*(?:\(\s*)?([\p{L}]{1,12})\.?\s*[:.]?\s*(\d{1,6})(?!\d)\)?/u.exec(
    line.slice(from, from + 40),
  )
  if (m && lex.extensionWords.has(fold(m[1]!))) return { value: m[2]!, end: from + m[0].length }
  const x = /^\s*#\s*(\d{1,6})(?!\d)/.exec(line.slice(from, from + 12))
  if (x) return { value: x[1]!, end: from + x[0].length }
  return null
}
