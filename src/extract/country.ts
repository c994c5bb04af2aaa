import type { CountryCode } from 'libphonenumber-js/max'
import type { Locale } from '../locales/index.js'
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
  const top = ranked[0]
  if (!top) return { country: undefined, ambiguous: null }
  const second = ranked[1]
  const ambiguous =
    second && second[1] === top[1]
      ? `the text points to ${top[0]} and ${second[0]} equally: pass defaultCountry`
      : null
  return { country: top[0], ambiguous }
}
