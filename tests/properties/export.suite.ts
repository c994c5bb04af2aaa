// Properties of the exporters, registered by tests/properties (1,000 runs) and tests/fuzz (100,000 runs).
import { fc, test } from '@fast-check/vitest'
import ICAL from 'ical.js'
import { describe, expect } from 'vitest'
import { type Contact, fromJSON, toCSV, toJSON, toVCard } from '../../src/index.js'
import { contacts } from './arbitraries.js'

/** Cards of a vCard stream as ical.js parses them (jCard arrays). */
export function parseCards(vcf: string): unknown[][] {
  const parsed = ICAL.parse(vcf) as unknown[]
  if (parsed.length === 0) return []
  return (parsed[0] === 'vcard' ? [parsed] : parsed) as unknown[][]
}

type Prop = [name: string, params: Record<string, unknown>, type: string, ...values: unknown[]]
const props = (card: unknown[], name: string) => (card[1] as Prop[]).filter((p) => p[0] === name)

/**
 * An RFC 4180 reader written for this test (independent of the writer): quoted cells with doubled quotes,
 * CRLF or LF row ends, a leading byte order mark.
 */
export function readCSV(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let i = text.startsWith('\uFEFF') ? 1 : 0
  const endCell = () => {
    row.push(cell)
    cell = ''
  }
  const endRow = () => {
    endCell()
    rows.push(row)
    row = []
  }
  for (; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"' && cell === '') quoted = true
    else if (c === ',') endCell()
    else if (c === '\r' && text[i + 1] === '\n') continue
    else if (c === '\n') endRow()
    else cell += c
  }
  if (quoted) throw new Error('unterminated quoted cell')
  if (cell !== '' || row.length > 0) endRow()
  return rows
}

/**
 * Whether a spreadsheet could run a cell as a formula: it starts (after spaces) with =, @, a tab or CR, or with
 * + or - and is not a plain number ("+33144767539", "+33144767539 ext. 12" are numbers, not formulas).
 */
export function readableAsFormula(cell: string): boolean {
  const v = cell.replace(/^[ \u00a0]+/, '')
  if (/^[=@\t\r\uff1d\uff20]/.test(v)) return true
  if (/^[+\-\uff0b\uff0d]/.test(v)) return !/^[+-]?[0-9]+(?: ext\. [0-9]{1,10})?$/.test(v)
  return false
}

/** Registers the export properties with `numRuns` runs each. */
export function describeExportProperties(numRuns: number): void {
  describe(`export properties (${numRuns} runs)`, () => {
    test.prop([contacts, fc.constantFrom('3.0', '4.0') as fc.Arbitrary<'3.0' | '4.0'>], { numRuns })(
      'toVCard output parses with ical.js into exactly one card per contact',
      (list: Contact[], version) => {
        const vcf = toVCard(list, { version, revision: '2024-05-15T10:00:00Z' })
        const cards = parseCards(vcf)
        expect(cards).toHaveLength(list.length)
        cards.forEach((card, k) => {
          const c = list[k]!
          expect(card[0]).toBe('vcard')
          expect(props(card, 'version').map((p) => p[3])).toEqual([version])
          expect(props(card, 'fn')).toHaveLength(1)
          expect(props(card, 'uid')).toHaveLength(1)
          expect(props(card, 'tel')).toHaveLength(c.phones.length)
          expect(props(card, 'email').map((p) => String(p[3]))).toEqual(c.emails)
          // nothing in a value can open a card of its own
          expect((card[2] as unknown[]).length).toBe(0)
        })
        expect(vcf.match(/^BEGIN:VCARD\r$/gm) ?? []).toHaveLength(list.length)
      },
    )

    test.prop([contacts], { numRuns })('fromJSON(toJSON(x)) equals x', (list) => {
      expect(fromJSON(toJSON(list))).toEqual(list)
    })

    test.prop([contacts, fc.constantFrom('google', 'outlook') as fc.Arbitrary<'google' | 'outlook'>], {
      numRuns,
    })('toCSV has one row per contact and no cell readable as a formula', (list, flavor) => {
      const rows = readCSV(toCSV(list, { flavor }))
      expect(rows).toHaveLength(list.length + 1)
      const width = rows[0]!.length
      for (const row of rows) expect(row).toHaveLength(width)
      const risky = rows.flat().filter(readableAsFormula)
      expect(risky).toEqual([])
    })
  })
}
