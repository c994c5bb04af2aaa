import { PressContactsError } from '../errors.js'

/** One logical (unfolded) content line and the 1-based physical line it starts on. */
export interface ContentLine {
  line: number
  text: string
}

/** The content lines of one card, between BEGIN:VCARD and END:VCARD. */
export interface RawCard {
  /** Line of BEGIN:VCARD. */
  line: number
  properties: ContentLine[]
}

/** A PressContactsError INVALID_VCARD that says where. */
export function vcardError(line: number, message: string, cause?: unknown): PressContactsError {
  return new PressContactsError('INVALID_VCARD', `line ${line}: ${message}`, {
    issues: [{ path: ['line', line], message }],
    ...(cause === undefined ? {} : { cause }),
  })
}

/** Unfolds RFC 6350 §3.2 continuation lines (a line starting with a space or tab goes on the line before). */
export function unfold(text: string): ContentLine[] {
  const physical = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  const out: ContentLine[] = []
  physical.forEach((raw, i) => {
    const last = out[out.length - 1]
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last) last.text += raw.slice(1)
    else if (raw.trim() !== '') out.push({ line: i + 1, text: raw })
  })
  return out
}

const PROPERTY_LINE = /^(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+[;:]/
const BEGIN = /^BEGIN:VCARD\s*$/i
const END = /^END:VCARD\s*$/i

const show = (text: string): string => JSON.stringify(text.length > 60 ? text.slice(0, 57) + '...' : text)

/**
 * Splits vCard text into cards (none for empty text); throws INVALID_VCARD with the line for text outside a card, a
 * card inside a card, a card with no end, and a line that is not `NAME[;PARAMS]:VALUE`.
 */
export function splitCards(text: string): RawCard[] {
  const cards: RawCard[] = []
  let current: RawCard | null = null
  for (const l of unfold(text)) {
    if (BEGIN.test(l.text)) {
      if (current)
        throw vcardError(
          l.line,
          `BEGIN:VCARD inside the card that starts on line ${current.line} (missing END:VCARD?)`,
        )
      current = { line: l.line, properties: [] }
    } else if (END.test(l.text)) {
      if (!current) throw vcardError(l.line, 'END:VCARD with no BEGIN:VCARD before it')
      cards.push(current)
      current = null
    } else if (!current) {
      throw vcardError(l.line, `${show(l.text)} is outside any card: a vCard starts with BEGIN:VCARD`)
    } else if (!PROPERTY_LINE.test(l.text)) {
      throw vcardError(l.line, `${show(l.text)} is not a property line (NAME:VALUE or NAME;PARAM=…:VALUE)`)
    } else current.properties.push(l)
  }
  if (current) throw vcardError(current.line, 'the card that starts here has no END:VCARD')
  return cards
}
