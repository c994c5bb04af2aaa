import { fold, LOCALES, lexiconFor } from '../locales/index.js'
import type { Phone, Warning } from '../model/contact.js'
import { type CountryCode, isCountryCode, numberType, parsePhone } from '../phone.js'
import { list, type Prop, text } from './vcard-props.js'

const APPLE_LABEL = /^_\$!<(.+)>!\$_$/
const FAX = /*@__PURE__*/ new Set(['fax', 'workfax', 'homefax', 'otherfax'])
const MOBILE = /*@__PURE__*/ new Set(['cell', 'mobile', 'iphone', 'cellular', 'mobil'])
const VOICE = /*@__PURE__*/ new Set(['voice', 'work', 'home', 'main', 'pref', 'other', 'msg'])
const labelTypes = /*@__PURE__*/ lexiconFor(LOCALES[0]!).phoneLabels
const TLD_COUNTRY: Record<string, string> = { uk: 'GB', el: 'GR' }
const GENERIC_TLD = /*@__PURE__*/ new Set(['eu', 'io', 'co', 'tv', 'me', 'ai', 'fm', 'ly', 'to', 'cc', 'ws'])

/**
 * The country that the international numbers and e-mail ccTLDs of some properties point to, for
 * national numbers next to them; undefined when there is none or a tie.
 */
export function inferCountry(props: Prop[]): CountryCode | undefined {
  const votes = new Map<CountryCode, number>()
  const vote = (c: string | undefined) => {
    if (c && isCountryCode(c)) votes.set(c, (votes.get(c) ?? 0) + 1)
  }
  for (const prop of props) {
    if (prop.name === 'tel') {
      const p = parsePhone(splitExtension(text(prop.value)).number, undefined)
      if (p.ok) vote(p.number.country)
    } else if (prop.name === 'email') {
      const tld = /\.([a-z]{2})$/i.exec(text(prop.value))?.[1]?.toLowerCase()
      if (tld && !GENERIC_TLD.has(tld)) vote(TLD_COUNTRY[tld] ?? tld.toUpperCase())
    }
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
  if (ranked.length === 0 || (ranked[1] && ranked[1][1] === ranked[0]![1])) return undefined
  return ranked[0]![0]
}

/** Splits a TEL value into number and extension: `tel:+33…;ext=204`, `+33… ext. 204`, `…x204`, `…,204`. */
function splitExtension(value: string): { number: string; ext: string | null } {
  let v = value.trim()
  if (/^tel:/i.test(v)) v = v.slice(4)
  const uriExt = /;ext=(\d{1,10})(?:;|$)/i.exec(v)
  if (uriExt) return { number: v.slice(0, v.indexOf(';')), ext: uriExt[1]! }
  v = v.split(';')[0]!
  const m = /^(.*?\d)\s*(?:ext\.?|extension|x|poste|#|,+)\s*(\d{1,10})$/i.exec(v)
  return m ? { number: m[1]!, ext: m[2]! } : { number: v, ext: null }
}

function phoneType(types: string[], label: string | null, mobileRange: boolean): Phone['type'] {
  if (label !== null) {
    const key = fold(label).replace(/[.:]$/, '')
    if (FAX.has(key) || key.endsWith('fax')) return 'fax'
    if (MOBILE.has(key)) return 'mobile'
    const t = labelTypes.get(key)
    if (t) return t
  }
  if (types.includes('fax')) return 'fax'
  if (types.some((t) => MOBILE.has(t))) return 'mobile'
  if (types.includes('voice')) return 'voice'
  // as extraction does: no label, then the number's range decides
  if (mobileRange) return 'mobile'
  if (types.some((t) => VOICE.has(t))) return 'voice'
  return 'unknown'
}

export function readPhone(
  p: Prop,
  labels: Map<string, string>,
  country: CountryCode | undefined,
  warnings: Warning[],
): Phone | null {
  const raw = text(p.value)
  const { number, ext } = splitExtension(raw)
  const parsed = parsePhone(number, country)
  if (!parsed.ok) {
    const why =
      parsed.reason === 'no-country' ? ' (a national number and no country: pass defaultCountry)' : ''
    warnings.push({
      code: 'INVALID_PHONE',
      message: `TEL ${JSON.stringify(raw)} is not a valid phone number${why}`,
      line: p.at.line,
      text: p.at.text,
    })
    return null
  }
  const applied = p.group ? labels.get(p.group) : undefined
  const label = applied === undefined ? null : (APPLE_LABEL.exec(applied)?.[1] ?? applied)
  const type = phoneType(list(p.params.type), label, numberType(parsed.number) === 'MOBILE')
  return { e164: parsed.number.number, type, ext, raw, label }
}
