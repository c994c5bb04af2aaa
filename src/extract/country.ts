import type { CountryCode } from 'libphonenumber-js/max'
import { LOCALES, type Locale } from '../locales/index.js'
import { isCountryCode, type PhoneParse, parsePhone } from '../phone.js'
import { scanNumberRuns } from './phones.js'

const TLD_COUNTRY: Record<string, string> = { uk: 'GB', el: 'GR' }
const GENERIC = new Set(['eu', 'io', 'co', 'tv', 'me', 'ai', 'fm', 'ly', 'to', 'cc', 'ws'])

/**
 * Infers the country of national-format numbers: the countries of the international numbers in the
 * text, then the ccTLDs of its e-mail addresses, then its language. Says when the evidence is split.
 */
export function inferCountry(
  lines: string[],
  locale: Locale,
  memo?: Map<string, PhoneParse>,
): { country: CountryCode | undefined; ambiguous: string | null } {
  const votes = new Map<CountryCode, number>()
  const vote = (c: string | undefined, w: number) => {
    if (c && isCountryCode(c)) votes.set(c, (votes.get(c) ?? 0) + w)
  }
  for (const line of lines) {
    if (line.includes('+') || line.includes('00')) {
      for (const run of scanNumberRuns(line)) {
        const raw = line.slice(run.start, run.end)
        if (!/^\(?\+|^00/.test(raw)) continue
        // no valid international number has fewer than 6 digits; parsing one costs a thrown error
        if (raw.replace(/\D/g, '').length < 6) continue
        const parsed = parsePhone(raw, undefined, memo)
        if (parsed.ok) vote(parsed.number.country, 2)
      }
    }
    if (!line.includes('@')) continue
    for (const m of line.matchAll(/@[\p{L}\p{N}.-]+\.([a-z]{2})\b/giu)) {
      const tld = m[1]!.toLowerCase()
      if (!GENERIC.has(tld)) vote(TLD_COUNTRY[tld] ?? tld.toUpperCase(), 2)
    }
  }
  vote(locale.countries[0], 1)
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1])
  const best = countryOfNationalNumbers(
    lines,
    [...ranked.map(([c]) => c), ...locale.countries, ...LOCALES.flatMap((l) => l.countries)],
    memo,
  )
  if (best && best !== ranked[0]?.[0]) return { country: best, ambiguous: null }
  const top = ranked[0]
  if (!top) return { country: undefined, ambiguous: null }
  const second = ranked[1]
  const ambiguous =
    second && second[1] === top[1]
      ? `the text points to ${top[0]} and ${second[0]} equally: pass defaultCountry`
      : null
  return { country: top[0], ambiguous }
}

const MAX_NATIONAL = 24

/**
 * The country, among those the text points to, under which most national-format numbers of the text
 * are valid ("01494 421 625" in English text is British, not American), the evidence's first country
 * whenever it reads any of them. Undefined when none reads any.
 */
function countryOfNationalNumbers(
  lines: string[],
  preferred: CountryCode[],
  memo?: Map<string, PhoneParse>,
): CountryCode | undefined {
  const numbers: string[] = []
  for (const line of lines) {
    if (numbers.length >= MAX_NATIONAL) break
    if (!/\d{2}/.test(line)) continue
    for (const run of scanNumberRuns(line)) {
      const raw = line.slice(run.start, run.end)
      if (/^\(?\+|^00/.test(raw) || raw.replace(/\D/g, '').length < 7) continue
      numbers.push(raw.replace(/\/\d{1,4}$/, '')) // "01 42 75 50 78/79": the first of the two
      if (numbers.length >= MAX_NATIONAL) break
    }
  }
  if (numbers.length === 0) return undefined
  let best: CountryCode | undefined
  let bestCount = 0
  // only the countries the text points to (its numbers, addresses, language), then those of the
  // languages we read: a number none of them reads stays unread, with a warning, never guessed wildly
  for (const [k, cc] of [...new Set(preferred)].entries()) {
    let count = 0
    for (const raw of numbers) if (parsePhone(raw, cc, memo).ok) count++
    // the evidence's first country stands when any national number is valid there (countries with
    // numbers of many lengths, such as Austria, would otherwise win on look-alikes)
    if (k === 0 && count > 0) return cc
    // no later country can read more than all of them
    if (count === numbers.length) return cc
    if (count > bestCount) {
      best = cc
      bestCount = count
    }
  }
  return best
}
