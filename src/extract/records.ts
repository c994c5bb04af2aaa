import type { TextSpan } from './emails.js'
import type { Item } from './lines.js'
import type { PhoneSpan } from './phones.js'

/** A record being assembled: who (anchor), what they are (title, organisation) and their details. */
export interface Draft {
  /** Who the record is; `weak` when a person was guessed from the shape of the name alone. */
  anchor: { kind: 'person' | 'desk'; text: string; line: number; weak?: boolean } | null
  title: string | null
  organization: string | null
  contextOrganization: string | null
  phones: Array<PhoneSpan & { line: number }>
  emails: Array<TextSpan & { line: number }>
  urls: Array<TextSpan & { line: number }>
  firstLine: number
  lastDetailLine: number
  /** Keys of the details already held ('p:+33…;ext', 'e:address', 'u:url'): constant-time dedupe. */
  seen: Set<string>
}

/** One line for the segmenter: its number, its items, and how it reads. */
export interface SegLine {
  line: number
  items: Item[]
  blank: boolean
  prose: boolean
  /**
   * A line of running text with no details whose items matter only to a record with details open
   * before it (see isQuietText); its `items` may be computed only when read.
   */
  quiet?: boolean
}

const hasDetails = (d: Draft) => d.phones.length > 0 || d.emails.length > 0

/** Whether a phone or e-mail comes after item `index` in the same sentence of its line. */
function detailLater(items: Item[], index: number): boolean {
  for (let k = index + 1; k < items.length; k++) {
    const t = items[k]!.type
    if (t === 'sentence') return false
    if (t === 'phone' || t === 'email') return true
  }
  return false
}

/** Whether the item after `index` names a person ("kommunikasjonsrådgiver Ingrid Solberg-Aas"). */
function personNext(items: Item[], index: number): boolean {
  const next = items[index + 1]
  return next?.type === 'phrase' && next.phrase.kind === 'person'
}

/** Whether item `index` is followed on its line by a title, desk, organisation or detail ("Name, Company"). */
function fieldFollows(items: Item[], index: number): boolean {
  const next = items[index + 1]
  if (!next) return false
  if (next.type === 'phrase')
    return next.phrase.kind === 'title' || next.phrase.kind === 'desk' || next.phrase.kind === 'org'
  return next.type === 'phone' || next.type === 'email'
}

/**
 * Groups the items of a block into records, reading them in order like a person would: a name or a
 * desk opens a record, details attach to the open record, a blank line after details closes it,
 * an organisation or title line after details opens the next one. Details with no record open a
 * record of their own: nothing found is dropped.
 */
export function segment(lines: SegLine[]): Draft[] {
  const out: Draft[] = []
  let cur: Draft | null = null
  let contextOrg: string | null = null
  let blankRun = 0

  const fresh = (line: number): Draft => ({
    anchor: null,
    title: null,
    organization: null,
    contextOrganization: contextOrg,
    phones: [],
    emails: [],
    urls: [],
    firstLine: line,
    lastDetailLine: -1,
    seen: new Set(),
  })
  const close = () => {
    if (cur && hasDetails(cur)) out.push(cur)
    cur = null
  }

  for (const sl of lines) {
    if (sl.blank) {
      blankRun++
      if (cur && hasDetails(cur)) close()
      else if (cur && blankRun >= 3) cur = null
      continue
    }
    const lineBlankRun = blankRun
    blankRun = 0
    // such a line would open records without details and drop them at its end: it only ends the
    // record being opened (its items are not read, so they need not be computed)
    if (sl.quiet && !(cur && hasDetails(cur))) {
      cur = null
      continue
    }
    if (sl.prose && cur && !hasDetails(cur) && lineBlankRun > 0 && !sl.items.some((i) => i.type !== 'phrase'))
      cur = null
    for (const [index, item] of sl.items.entries()) {
      const c: Draft | null = cur
      switch (item.type) {
        case 'sentence':
          // in running text, a new sentence after a record's details starts another record
          if (sl.prose && c && hasDetails(c)) close()
          break
        case 'boilerplate':
          close()
          contextOrg = null
          break
        case 'subOrg':
          close()
          contextOrg = item.text
          break
        case 'phone':
        case 'email':
        case 'url': {
          let d: Draft = c ?? fresh(sl.line)
          cur = d
          if (item.type === 'phone') {
            const key = `p:${item.phone.e164};${item.phone.ext ?? ''}`
            if (!d.seen.has(key)) {
              d.seen.add(key)
              d.phones.push({ ...item.phone, line: sl.line })
            }
          } else if (item.type === 'email') {
            // a second address after a phone+address record on a later line starts a new record
            if (
              d.emails.length > 0 &&
              d.phones.length > 0 &&
              d.lastDetailLine < sl.line &&
              d.anchor &&
              d.emails[0]!.line < sl.line &&
              !d.seen.has(`e:${item.email.value.toLowerCase()}`)
            ) {
              close()
              d = fresh(sl.line)
              cur = d
            }
            const key = `e:${item.email.value.toLowerCase()}`
            if (!d.seen.has(key)) {
              d.seen.add(key)
              d.emails.push({ ...item.email, line: sl.line })
            }
          } else if (!d.seen.has(`u:${item.url.value}`)) {
            d.seen.add(`u:${item.url.value}`)
            d.urls.push({ ...item.url, line: sl.line })
          }
          d.lastDetailLine = sl.line
          break
        }
        case 'phrase': {
          const { kind, text } = item.phrase
          if (kind === 'heading') {
            if (c && (hasDetails(c) || c.anchor)) close()
            break
          }
          if (
            kind === 'person' ||
            kind === 'desk' ||
            (kind === 'nameish' &&
              !sl.prose &&
              !(
                c &&
                c.anchor &&
                !hasDetails(c) &&
                (c.anchor.kind === 'person' || !fieldFollows(sl.items, index))
              ))
          ) {
            const k = kind === 'desk' ? 'desk' : 'person'
            if (c && !hasDetails(c) && !c.anchor) {
              c.anchor = { kind: k, text, line: sl.line, weak: kind === 'nameish' }
              c.firstLine = Math.min(c.firstLine, sl.line)
            } else if (c && !hasDetails(c) && c.anchor?.kind === 'desk' && k === 'person') {
              c.organization ??= c.anchor.text
              c.anchor = { kind: k, text, line: sl.line }
            } else if (c && !hasDetails(c) && c.anchor?.kind === 'person' && k === 'desk' && c.anchor.weak) {
              // "Théâtre des Arcades / Service de presse": the guessed name was the organisation
              c.organization ??= c.anchor.text
              c.anchor = { kind: k, text, line: sl.line }
            } else if (c && !hasDetails(c) && c.anchor?.kind === 'person' && k === 'desk') {
              c.organization ??= text
            } else if (
              c &&
              hasDetails(c) &&
              !c.anchor &&
              k === 'desk' &&
              c.lastDetailLine === sl.line &&
              sl.prose &&
              !detailLater(sl.items, index)
            ) {
              // "… on 0161 … ask for the duty officer": a desk named after its number in a sentence
              c.anchor = { kind: k, text, line: sl.line }
            } else {
              close()
              const d = fresh(sl.line)
              d.anchor = { kind: k, text, line: sl.line, weak: kind === 'nameish' }
              cur = d
            }
            break
          }
          if (kind === 'nameish') {
            // a capitalised line under a named record with no details yet: its organisation
            if (c && c.anchor && !hasDetails(c)) c.organization ??= text
            break
          }
          if (kind === 'org') {
            if (c && !hasDetails(c)) c.organization ??= text
            else if (c && hasDetails(c) && sl.prose) c.organization ??= text
            else {
              close()
              const d = fresh(sl.line)
              d.organization = text
              cur = d
            }
            break
          }
          if (kind === 'title') {
            if (c && !hasDetails(c)) c.title ??= text
            else if (c && hasDetails(c) && c.lastDetailLine === sl.line) {
              // a title after the details on the same line belongs to them
              c.title ??= text
            } else if (!sl.prose || personNext(sl.items, index)) {
              close()
              const d = fresh(sl.line)
              d.title = text
              cur = d
            }
            break
          }
          break
        }
      }
    }
    // a sentence that named someone but gave no details does not carry that name to later lines
    if (sl.prose && cur && !hasDetails(cur as Draft)) cur = null
  }
  close()
  return out
}
