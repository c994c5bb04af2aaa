// Types from the source entry (erased at build time): this file is also type-checked and unit-tested by
// the repository's own setup, which resolves 'press-contacts' to dist/ only after a build.
import type { Contact, Warning } from '../../src/index.js'

/** What a highlighted span is. */
export type MarkKind = 'name' | 'desk' | 'title' | 'org' | 'label' | 'phone' | 'email' | 'url' | 'warning'

/** A highlighted span: `line` is 1-based like `source.line`; `start`/`end` are UTF-16 offsets in that line. */
export interface Mark {
  line: number
  start: number
  end: number
  kind: MarkKind
  /** Index of the contact in the result, or -1 for a warning. */
  contact: number
}

/** Something a contact holds that could not be found again in the text (it is still on the card). */
export interface Unlocated {
  contact: number
  kind: MarkKind
  value: string
}

/** How far below its first line a record's details are looked for. */
const MAX_RECORD_LINES = 12
/** How far above a record its organisation line may stand ("For Acme:", a heading shared by records). */
const ORG_LOOKBACK = 8

// The extractor reads its input after normalising spaces, hyphens and line ends; these classes let a
// value it returns ("+33 1 44 76 75 39") match the text as written ("+33\u202F1\u202F44…").
const SPACE_CLASS = '[\\s\\u00A0\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]+'
const HYPHEN_CLASS = '[-\\u2010-\\u2012\\u2212\\uFE63\\uFF0D]'
// A phone's `raw` keeps its digits but not always its separators ("030 / 2589 4471" comes back as
// "030   2589 4471"), so in phones a space stands for any run of separators.
const PHONE_SEPARATORS = '[\\s\\u00A0\\u2000-\\u200A\\u202F/.\\-\\u2010-\\u2015\\u2212]+'

/**
 * Splits text into lines exactly as the extractor does, so that line N here is `source.line` N.
 *
 * @example
 * splitLines('a\r\nb') // ['a', 'b']
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n?|\n|[\u2028\u2029\u0085]/)
}

/**
 * A regular expression that finds `needle` as written, whatever spaces or hyphens the text uses.
 * Built from escaped characters and one quantified class per run of spaces, so it stays linear.
 */
function pattern(needle: string, caseInsensitive: boolean, spaces = SPACE_CLASS): RegExp | null {
  const trimmed = needle.trim()
  if (trimmed === '') return null
  let source = ''
  for (const part of trimmed.split(/(\s+)/)) {
    if (/^\s+$/.test(part)) source += spaces
    else
      for (const ch of part) source += ch === '-' ? HYPHEN_CLASS : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  }
  return new RegExp(source, caseInsensitive ? 'giu' : 'gu')
}

/** The numbers `from` to `to`, inclusive (empty when `to < from`). */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k)
}

/** Places marks on lines, first come first served: a span never overlaps another. */
class MarkBoard {
  readonly marks: Mark[] = []
  readonly unlocated: Unlocated[] = []

  constructor(private readonly lines: readonly string[]) {}

  /** Looks for `value` on `lines` (1-based), in that order, within `[minCol, maxCol)` of each line. */
  place(
    value: string,
    kind: MarkKind,
    contact: number,
    lines: readonly number[],
    opts: {
      caseInsensitive?: boolean
      minCol?: number
      maxCol?: number
      last?: boolean
      report?: boolean
      spaces?: string
    } = {},
  ): Mark | null {
    const re = pattern(value, opts.caseInsensitive ?? false, opts.spaces)
    if (re) {
      for (const line of lines) {
        const text = this.lines[line - 1]
        if (text === undefined) continue
        let found: Mark | null = null
        for (const m of text.matchAll(re)) {
          const end = m.index + m[0].length
          if (opts.maxCol !== undefined && end > opts.maxCol) break
          if (opts.minCol !== undefined && m.index < opts.minCol) continue
          const mark: Mark = { line, start: m.index, end, kind, contact }
          if (this.free(mark) && this.atWordEdges(text, mark)) {
            found = mark
            if (!opts.last) break
          }
        }
        if (found) {
          this.marks.push(found)
          return found
        }
      }
    }
    if (opts.report !== false) this.unlocated.push({ contact, kind, value })
    return null
  }

  private free(m: Mark): boolean {
    return this.marks.every((o) => o.line !== m.line || o.end <= m.start || o.start >= m.end)
  }

  // "Sart" must not light up inside "Sartre", nor "Tel." inside "Hotel.".
  private atWordEdges(text: string, m: Mark): boolean {
    const before = text[m.start - 1] ?? ' '
    const after = text[m.end] ?? ' '
    const first = text[m.start] ?? ''
    const last = text[m.end - 1] ?? ''
    const word = /[\p{L}\p{N}]/u
    return !(word.test(before) && word.test(first)) && !(word.test(after) && word.test(last))
  }
}

/**
 * Finds, in the text as written, the spans the extractor read: for each contact its phones (and their
 * labels), e-mails, URLs, name, title and organisation, looked for from its `source.line` down to the line before the
 * next record; and the value quoted in each warning's message on the warning's line.
 *
 * The public result carries values, not offsets, so this locates them again; a value it cannot find is
 * listed in `unlocated` (it is still on the contact's card).
 *
 * @example
 * const { contacts, warnings } = extractContacts(text)
 * const { marks } = locateMarks(text, contacts, warnings)
 */
export function locateMarks(
  text: string,
  contacts: readonly Contact[],
  warnings: readonly Warning[],
): { marks: Mark[]; unlocated: Unlocated[] } {
  const lines = splitLines(text)
  const board = new MarkBoard(lines)
  const starts = [...new Set(contacts.map((c) => c.source.line))].sort((a, b) => a - b)

  contacts.forEach((c, i) => {
    const from = c.source.line
    const next = starts.find((l) => l > from)
    const to = Math.min(
      next === undefined ? from + MAX_RECORD_LINES : Math.max(from, next - 1),
      from + MAX_RECORD_LINES,
    )
    const record = range(from, to)
    for (const p of c.phones) {
      const mark = board.place(p.raw, 'phone', i, record, { spaces: PHONE_SEPARATORS })
      if (mark && p.label)
        board.place(p.label, 'label', i, [mark.line], { maxCol: mark.start, last: true, report: false })
      // The extension ("poste 207", "x204") follows the number; its digits belong to the phone.
      if (mark && p.ext)
        board.place(p.ext, 'phone', i, [mark.line], {
          minCol: mark.end,
          maxCol: mark.end + 24,
          report: false,
        })
    }
    for (const e of c.emails) board.place(e, 'email', i, record, { caseInsensitive: true })
    for (const u of c.urls) board.place(u, 'url', i, record, { caseInsensitive: true })
    const nameKind = c.kind === 'org' ? 'desk' : 'name'
    if (!board.place(c.name, nameKind, i, record, { report: false })) {
      // "BRESSON Pascale" or a name written with an honorific between its parts: find the parts.
      const parts = [c.givenName, c.familyName].filter((p): p is string => !!p)
      const placed = parts.filter((p) => board.place(p, nameKind, i, record, { report: false }))
      if (placed.length === 0) board.unlocated.push({ contact: i, kind: nameKind, value: c.name })
    }
    if (c.title) board.place(c.title, 'title', i, record, { caseInsensitive: true })
    // The organisation may come from the caller, or head several records from above: looked for in
    // the record first, then upwards, nearest first; not finding it is no news.
    if (c.organization) {
      const above = range(Math.max(1, from - ORG_LOOKBACK), from - 1).reverse()
      board.place(c.organization, 'org', i, [...record, ...above], { report: false })
    }
  })

  for (const w of warnings) {
    const quoted = /'([^']+)'/.exec(w.message)?.[1]
    if (quoted) board.place(quoted, 'warning', -1, [w.line], { report: false })
  }

  board.marks.sort((a, b) => a.line - b.line || a.start - b.start)
  return { marks: board.marks, unlocated: board.unlocated }
}
