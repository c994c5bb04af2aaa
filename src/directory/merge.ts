import type { Contact, Phone } from '../model/contact.js'
import { conflicts } from './conflicts.js'
import { compareNames, type NameKeys, nameKeys, orgKey, orgsConflict, phoneKey, tokens } from './names.js'
import type { DirectoryEntry, DirectoryWarning, Provenance } from './schema.js'

/** A record prepared for merging: its keys computed once. */
interface Rec {
  contact: Contact
  /** Canonical serialisation: identity of the record and the last tie-break of every ordering. */
  key: string
  /** Sortable date ('' when undated). */
  date: string
  names: NameKeys
  emails: string[]
  phones: string[]
}

/**
 * A contact with its keys in schema order and no undefined optional field, so that equal records
 * serialise equally.
 */
export function canonicalContact(c: Contact): Contact {
  const source: Contact['source'] = { line: c.source.line, text: c.source.text }
  if (c.source.uri !== undefined) source.uri = c.source.uri
  if (c.source.date !== undefined) source.date = c.source.date
  return {
    kind: c.kind,
    name: c.name,
    givenName: c.givenName,
    familyName: c.familyName,
    title: c.title,
    organization: c.organization,
    phones: c.phones.map((p) => ({ e164: p.e164, type: p.type, ext: p.ext, raw: p.raw, label: p.label })),
    emails: [...c.emails],
    urls: [...c.urls],
    source,
  }
}

/** The canonical text of a record: equal records, equal keys. */
export function recordKey(c: Contact): string {
  return JSON.stringify(canonicalContact(c))
}

/** A date as sortable text: ISO 8601 dates compare as text; anything else counts as undated (''). */
export function dateKey(date: string | undefined): string {
  return date !== undefined && /^\d{4}(?:-\d{2}){0,2}(?:[T ]|$)/.test(date) ? date : ''
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function prepare(c: Contact): Rec {
  return {
    contact: c,
    key: recordKey(c),
    date: dateKey(c.source.date),
    names: nameKeys(c.name),
    emails: c.emails.map((e) => e.toLowerCase()),
    phones: c.phones.map(phoneKey),
  }
}

const shares = (a: string[], b: string[]): boolean => a.some((x) => b.includes(x))

/** Whether two records may stand for one contact (they need not share anything). */
function compatible(a: Rec, b: Rec): boolean {
  if (a.contact.kind !== b.contact.kind) return false
  if (a.contact.kind === 'org') return !orgsConflict(a.contact.organization, b.contact.organization)
  return compareNames(a.names, b.names) !== 'different'
}

/**
 * Whether record `r` joins cluster `c`. A shared e-mail or phone joins records whose names are the
 * same or similar; a name alone joins persons whose names are the same and whose organisations do not
 * conflict, and desks of the same stated organisation.
 */
function links(r: Rec, c: Rec[]): boolean {
  if (!c.every((x) => compatible(r, x))) return false
  if (sharesKey(r, c)) return true
  const org = orgKey(r.contact.organization)
  if (r.contact.kind === 'org')
    return (
      org !== null && c.some((x) => x.names.words === r.names.words && orgKey(x.contact.organization) === org)
    )
  if (c.some((x) => orgsConflict(x.contact.organization, r.contact.organization))) return false
  return c.some((x) => compareNames(x.names, r.names) === 'same')
}

function sharesKey(r: Rec, c: Rec[]): boolean {
  return c.some((x) => shares(x.emails, r.emails) || shares(x.phones, r.phones))
}

/** Whether two clusters may become one: a shared e-mail or phone vouches for them, else their organisations must agree. */
function joinable(a: Rec[], b: Rec[], vouched: boolean): boolean {
  return a.every((x) =>
    b.every(
      (y) => compatible(x, y) && (vouched || !orgsConflict(x.contact.organization, y.contact.organization)),
    ),
  )
}

/** Groups records into contacts. Deterministic in the set of records: they are sorted first. */
function cluster(recs: Rec[]): Rec[][] {
  const clusters: Rec[][] = []
  const parent: number[] = []
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  const index = new Map<string, number[]>()
  const keysOf = (r: Rec) => [
    ...r.emails.map((e) => `e:${e}`),
    ...r.phones.map((p) => `p:${p}`),
    `n:${r.contact.kind}:${r.names.words}`,
    `l:${r.contact.kind}:${r.names.letters}`,
  ]
  for (const r of recs) {
    const keys = keysOf(r)
    const candidates = [...new Set(keys.flatMap((k) => (index.get(k) ?? []).map(find)))].sort((a, b) => a - b)
    const linked = candidates.filter((id) => links(r, clusters[id]!))
    const strong = linked.filter((id) => sharesKey(r, clusters[id]!))
    const byName = linked.filter((id) => !strong.includes(id))
    // A name alone that fits several contacts which cannot be one ("Jean Martin" with no
    // organisation, next to Jean Martin of CNES and of Airbus) is ambiguous: kept apart.
    const ambiguous =
      strong.length === 0 &&
      byName.some((a, i) => byName.slice(i + 1).some((b) => !joinable(clusters[a]!, clusters[b]!, false)))
    let target: number
    if (linked.length === 0 || ambiguous) {
      target = clusters.length
      clusters.push([])
      parent.push(target)
    } else {
      const order = [...strong, ...byName]
      target = order[0]!
      for (const id of order.slice(1)) {
        if (!joinable(clusters[target]!, clusters[id]!, strong.includes(id))) continue
        clusters[target]!.push(...clusters[id]!)
        clusters[id] = []
        parent[id] = target
      }
    }
    clusters[target]!.push(r)
    for (const k of keys) {
      const list = index.get(k) ?? []
      if (!list.includes(target)) list.push(target)
      index.set(k, list)
    }
  }
  return clusters.filter((c) => c.length > 0)
}

/** Newest first: by date, then by canonical text so equal dates still order the same way. */
const newestFirst = (a: Rec, b: Rec): number => cmp(b.date, a.date) || cmp(b.key, a.key)

const accents = (s: string): number => (s.normalize('NFD').match(/\p{M}/gu) ?? []).length
/** Words written in capitals only ("LE GALL"): a typographic habit of releases, not the spelling. */
const shouted = (s: string): number => (s.match(/\p{Lu}{2,}/gu) ?? []).length

/** Builds one merged contact from its records (see the merge rules in the README). */
function mergeCluster(recs: Rec[]): DirectoryEntry {
  const byAge = [...recs].sort(newestFirst)
  const newest = byAge[0]!
  // The fullest spelling wins the name: most words, then most accents (they get lost, never added),
  // then fewest words in capitals, then the newest.
  const named = [...byAge].sort(
    (a, b) =>
      b.names.list.length - a.names.list.length ||
      accents(b.contact.name) - accents(a.contact.name) ||
      shouted(a.contact.name) - shouted(b.contact.name) ||
      newestFirst(a, b),
  )[0]!
  const pick = <T>(get: (c: Contact) => T | null): T | null => {
    for (const r of byAge) {
      const v = get(r.contact)
      if (v !== null) return v
    }
    return null
  }
  const phones = new Map<string, Phone>()
  for (const r of byAge)
    for (const p of r.contact.phones) {
      const k = phoneKey(p)
      const seen = phones.get(k)
      if (!seen) phones.set(k, { ...p })
      else {
        if (seen.type === 'unknown' && p.type !== 'unknown') seen.type = p.type
        if (seen.label === null && p.label !== null) seen.label = p.label
      }
    }
  const emails = new Map<string, string>()
  for (const r of byAge)
    for (const e of r.contact.emails) if (!emails.has(e.toLowerCase())) emails.set(e.toLowerCase(), e)
  const urls = [...new Set(byAge.flatMap((r) => r.contact.urls))]
  const contact = canonicalContact({
    kind: newest.contact.kind,
    name: named.contact.name,
    givenName: named.contact.givenName,
    familyName: named.contact.familyName,
    title: pick((c) => c.title),
    organization: pick((c) => c.organization),
    phones: [...phones.values()],
    emails: [...emails.values()],
    urls,
    source: newest.contact.source,
  })
  const dates = recs.map((r) => r.date).filter((d) => d !== '')
  dates.sort(cmp)
  const sources = recs
    .map((r) => ({
      uri: r.contact.source.uri ?? null,
      date: r.contact.source.date ?? null,
      line: r.contact.source.line,
    }))
    .sort(
      (a, b) =>
        cmp(dateKey(a.date ?? undefined), dateKey(b.date ?? undefined)) ||
        cmp(a.uri ?? '', b.uri ?? '') ||
        a.line - b.line,
    )
  const provenance: Provenance = {
    firstSeen: dates[0] ?? null,
    lastSeen: dates[dates.length - 1] ?? null,
    sources,
  }
  const records = [...recs].sort((a, b) => cmp(a.date, b.date) || cmp(a.key, b.key)).map((r) => r.contact)
  return { contact, provenance, records }
}

function sortKey(e: DirectoryEntry): string[] {
  const c = e.contact
  return [tokens(c.name).join(' '), orgKey(c.organization) ?? '', c.kind, recordKey(c)]
}

/**
 * Merges records (contacts as they were seen, each with its source) into directory entries and the
 * conflicts found. The result depends only on the set of records, never on their order.
 */
export function mergeRecords(records: Iterable<Contact>): {
  entries: DirectoryEntry[]
  warnings: DirectoryWarning[]
} {
  const unique = new Map<string, Rec>()
  for (const c of records) {
    const r = prepare(c)
    unique.set(r.key, r)
  }
  const recs = [...unique.values()].sort((a, b) => cmp(a.date, b.date) || cmp(a.key, b.key))
  const entries = cluster(recs).map(mergeCluster)
  const keyed = entries.map((e) => ({ e, k: sortKey(e) }))
  keyed.sort((a, b) => {
    for (let i = 0; i < a.k.length; i++) {
      const d = cmp(a.k[i]!, b.k[i]!)
      if (d !== 0) return d
    }
    return 0
  })
  const sorted = keyed.map((x) => x.e)
  return { entries: sorted, warnings: conflicts(sorted) }
}
