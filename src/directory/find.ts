import type { Contact } from '../model/contact.js'
import { parsePhone } from '../phone.js'
import { orgKey, tokens } from './names.js'

/**
 * A lookup in a {@link Directory}. Every field given must match. `text` is what a string query
 * means: an e-mail when it holds '@', a phone when it is mostly digits, else a name or organisation.
 *
 * @example
 * dir.find({ organization: 'CNES', phone: '01 44 76 74 51' })
 */
export interface DirectoryQuery {
  /** Name prefix, accent- and case-insensitive, words in any order: 'raph', 'sart', 'le gall', 'legall'. */
  name?: string
  /** Whole address, case-insensitive; or '@domain' for every address at that domain. */
  email?: string
  /** A number in any format: '+33 1 44 76 75 39', '0033144767539', '01 44 76 75 39', 'tel:+33…'. */
  phone?: string
  /** Organisation, the same way as names: 'cnes', 'centre national'. */
  organization?: string
  /** Free text as for a string query. */
  text?: string
}

/** Whether every query word starts a distinct word of `words`, or the query runs on from a word. */
function prefixMatch(query: string, text: string): boolean {
  const q = tokens(query)
  if (q.length === 0) return false
  const w = tokens(text)
  const free = [...w]
  let all = true
  for (const t of q) {
    const k = free.findIndex((x) => x.startsWith(t))
    if (k < 0) {
      all = false
      break
    }
    free.splice(k, 1)
  }
  if (all) return true
  const joined = q.join('')
  for (let i = 0; i < w.length; i++) if (w.slice(i).join('').startsWith(joined)) return true
  return false
}

function matchEmail(query: string, c: Contact): boolean {
  const q = query.trim().toLowerCase()
  if (q.startsWith('@')) return c.emails.some((e) => e.toLowerCase().endsWith(q))
  return c.emails.some((e) => e.toLowerCase() === q)
}

// (the spaces before an extension are the number's own class: a second `\s*` there made failures quadratic)
const PHONE_LIKE = /^(?:tel:)?[+(]?[\d\s().\-/]+(?:(?:;ext=|(?:ext\.?|x)\s*)\d+)?$/i

/** E.164 forms a written number can stand for, given the countries of the numbers on file. */
function phoneCandidates(
  query: string,
  countries: Set<string>,
): { e164: Set<string>; national: string | null } {
  const q = query
    .replace(/^tel:/i, '')
    .replace(/(?:;ext=|(?:ext\.?|x)\s*)\d+$/i, '')
    .trimEnd()
  const e164 = new Set<string>()
  const intl = parsePhone(q, undefined)
  if (intl.ok) e164.add(intl.number.number)
  for (const country of countries) {
    const p = parsePhone(q, country as Parameters<typeof parsePhone>[1])
    if (p.ok) e164.add(p.number.number)
  }
  const digits = q.replace(/\D/g, '').replace(/^0+/, '')
  return { e164, national: q.trim().startsWith('+') || digits.length < 6 ? null : digits }
}

function matchPhone(cands: { e164: Set<string>; national: string | null }, c: Contact): boolean {
  return c.phones.some((p) => {
    if (cands.e164.has(p.e164)) return true
    // "01 44 76 75 39" is "+33 1 44 76 75 39" less its country code, whatever the country
    const n = cands.national
    if (n === null) return false
    const rest = p.e164.length - 1 - n.length
    return p.e164.endsWith(n) && rest >= 1 && rest <= 3
  })
}

const countriesCache = /*@__PURE__*/ new WeakMap<readonly Contact[], Set<string>>()

/** The countries of the numbers on file (parsing every number is the slow part of a lookup: once per list). */
function countriesOf(contacts: readonly Contact[]): Set<string> {
  const cached = countriesCache.get(contacts)
  if (cached) return cached
  const countries = new Set<string>()
  countriesCache.set(contacts, countries)
  for (const c of contacts)
    for (const p of c.phones) {
      const parsed = parsePhone(p.e164, undefined)
      if (parsed.ok && parsed.number.country) countries.add(parsed.number.country)
    }
  return countries
}

/** Contacts matching a query, in directory order. */
export function findContacts(contacts: readonly Contact[], query: string | DirectoryQuery): Contact[] {
  const q: DirectoryQuery = typeof query === 'string' ? { text: query } : query
  const tests: Array<(c: Contact) => boolean> = []
  let countries: Set<string> | null = null
  const phoneTest = (written: string) => {
    countries ??= countriesOf(contacts)
    const cands = phoneCandidates(written, countries)
    return (c: Contact) => matchPhone(cands, c)
  }
  if (q.name !== undefined) tests.push((c) => prefixMatch(q.name!, c.name))
  if (q.email !== undefined) tests.push((c) => matchEmail(q.email!, c))
  if (q.phone !== undefined) tests.push(phoneTest(q.phone))
  if (q.organization !== undefined)
    tests.push((c) => c.organization !== null && prefixMatch(q.organization!, c.organization))
  if (q.text !== undefined) {
    const text = q.text.trim()
    if (text.includes('@')) tests.push((c) => matchEmail(text, c))
    else if (text.length <= 40 && PHONE_LIKE.test(text) && text.replace(/\D/g, '').length >= 6)
      tests.push(phoneTest(text))
    else
      tests.push(
        (c) => prefixMatch(text, c.name) || (c.organization !== null && prefixMatch(text, c.organization)),
      )
  }
  if (tests.length === 0) return []
  return contacts.filter((c) => tests.every((t) => t(c)))
}

/** Contacts grouped by organisation (folded: "CNES" and "Cnes" are one), groups sorted, no organisation last. */
export function groupByOrganization(
  contacts: readonly Contact[],
): Array<{ organization: string | null; contacts: Contact[] }> {
  const groups = new Map<string, { organization: string | null; contacts: Contact[] }>()
  for (const c of contacts) {
    const k = orgKey(c.organization) ?? ''
    const g = groups.get(k) ?? { organization: k === '' ? null : c.organization, contacts: [] }
    g.contacts.push(c)
    groups.set(k, g)
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([, g]) => g)
}
