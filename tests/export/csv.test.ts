import { fc, test } from '@fast-check/vitest'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { type Contact, CSV_HEADERS, isPressContactsError, toCSV } from '../../src/index.js'
import { desk, person } from './helpers.js'

/** Reads CSV text with csv-parse (an independent RFC 4180 parser) into header + records. */
function read(text: string): { header: string[]; rows: Record<string, string>[] } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  const table = parse(body, { relax_column_count: false }) as string[][]
  const [header = [], ...rest] = table
  return { header, rows: rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) }
}

const phones: Contact['phones'] = [
  { e164: '+33144767539', type: 'voice', ext: '204', raw: '', label: null },
  { e164: '+33612345678', type: 'mobile', ext: null, raw: '', label: null },
  { e164: '+33144767600', type: 'fax', ext: null, raw: '', label: null },
]
const list = [person({ phones, urls: ['https://example.org/presse?a=1,b=2'] }), desk()]

describe('toCSV google', () => {
  const text = toCSV(list, { flavor: 'google' })
  const { header, rows } = read(text)

  it('has the Google Contacts export headers and one row per contact, no BOM, CRLF rows', () => {
    expect(text.startsWith('\uFEFF')).toBe(false)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(header.slice(0, 17)).toEqual(CSV_HEADERS.google.slice(0, 17))
    expect(header).toContain('Phone 3 - Value')
    expect(header).not.toContain('Phone 4 - Value')
    expect(rows).toHaveLength(2)
  })

  it('maps names, organisation, title, typed phones with the extension, e-mails, web sites, notes', () => {
    const p = rows[0]!
    expect([p['First Name'], p['Last Name'], p['Organization Name'], p['Organization Title']]).toEqual([
      'Pascale',
      'Bresson',
      'Orbital Harvest Consortium',
      'Head of Media Relations',
    ])
    expect([1, 2, 3].map((i) => [p[`Phone ${i} - Label`], p[`Phone ${i} - Value`]])).toEqual([
      ['Work', '+33144767539 ext. 204'],
      ['Mobile', '+33612345678'],
      ['Work Fax', '+33144767600'],
    ])
    expect(p['E-mail 1 - Value']).toBe('pascale.bresson@example.fr')
    expect(p['Website 1 - Value']).toBe('https://example.org/presse?a=1,b=2')
    expect(p.Notes).toMatch(/^Extracted by press-contacts from line 21/)
    expect(p.Labels).toBe('* myContacts')
  })

  it('writes desks as organisations: no person name, the desk as department', () => {
    const d = rows[1]!
    expect([d['First Name'], d['Last Name']]).toEqual(['', ''])
    expect([d['Organization Name'], d['Organization Department'], d['File As']]).toEqual([
      'Orbital Harvest Consortium',
      'Press Office',
      'Press Office (Orbital Harvest Consortium)',
    ])
  })
})

describe('toCSV outlook', () => {
  const many = person({
    phones: [...phones, { e164: '+33144767540', type: 'voice', ext: null, raw: '', label: null }],
    emails: ['a@example.fr', 'b@example.fr', 'c@example.fr', 'd@example.fr'],
    urls: ['https://a.example', 'https://b.example'],
  })
  const text = toCSV([many, desk()], { flavor: 'outlook' })
  const { header, rows } = read(text)

  it('starts with a UTF-8 BOM, has the Outlook headers and one row per contact', () => {
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(header).toEqual([...CSV_HEADERS.outlook])
    expect(rows).toHaveLength(2)
    expect(toCSV([many], { flavor: 'outlook', bom: false }).startsWith('\uFEFF')).toBe(false)
  })

  it('fills the Outlook phone, e-mail and web columns, and puts what does not fit into Notes', () => {
    const r = rows[0]!
    expect([r['Business Phone'], r['Business Phone 2'], r['Mobile Phone'], r['Business Fax']]).toEqual([
      '+33144767539 ext. 204',
      '+33144767540',
      '+33612345678',
      '+33144767600',
    ])
    expect([r['E-mail Address'], r['E-mail 2 Address'], r['E-mail 3 Address']]).toEqual([
      'a@example.fr',
      'b@example.fr',
      'c@example.fr',
    ])
    expect(r['Web Page']).toBe('https://a.example')
    expect(r.Notes!.split('\r\n')).toEqual([
      'Extracted by press-contacts from line 21',
      'E-mail: d@example.fr',
      'Web: https://b.example',
    ])
    expect([rows[1]!.Company, rows[1]!.Department, rows[1]!['First Name']]).toEqual([
      'Orbital Harvest Consortium',
      'Press Office',
      '',
    ])
  })

  it('rejects an unknown flavor', () => {
    let err: unknown
    try {
      toCSV([many], { flavor: 'excel' as 'google' })
    } catch (e) {
      err = e
    }
    expect(isPressContactsError(err) && err.code).toBe('INVALID_ARGUMENT')
  })
})

describe('CSV cells cannot be read as formulas', () => {
  const evil = person({
    name: '=HYPERLINK("http://evil.example","x")',
    givenName: '+SUM(A1)',
    familyName: '-2+3',
    title: '@cmd',
    organization: '\t=1+1',
    emails: ['=x@example.fr'],
    urls: ['  =evil()'],
  })

  it.each(['google', 'outlook'] as const)(
    '%s: every cell starting with = + - @ TAB CR is neutralised',
    (flavor) => {
      const { rows } = read(toCSV([evil], { flavor }))
      for (const [column, cell] of Object.entries(rows[0]!)) {
        if (/^[ \t\r]*[=+\-@]/.test(cell) || /^[\t\r]/.test(cell)) {
          // the only exempt cells: a phone that is exactly an E.164 number
          expect(cell, column).toMatch(/^\+[1-9][0-9]{1,14}( ext\. [0-9]+)?$/)
        }
      }
      expect(rows[0]!['First Name']).toBe("'+SUM(A1)")
    },
  )

  it('keeps E.164 phone cells as numbers', () => {
    const { rows } = read(toCSV([evil], { flavor: 'outlook' }))
    expect(rows[0]!['Business Phone']).toBe('+33199007539')
  })
})

const nastyCell = fc
  .array(
    fc.oneof(
      fc.constantFrom('"', ',', '\r\n', '\n', '\r', '=', '+', '-', '@', '\t', ';', 'é', ' '),
      fc.string({ maxLength: 4 }),
    ),
    { maxLength: 8 },
  )
  .map((a) => a.join(''))

describe('CSV under hostile values', () => {
  test.prop([fc.array(fc.tuple(nastyCell, nastyCell, nastyCell), { minLength: 1, maxLength: 5 })], {
    numRuns: 300,
  })('one row per contact, the documented headers, every cell safe', (specs) => {
    const contacts = specs.map(([name, title, org]) =>
      person({ name: `N${name}`, givenName: null, familyName: `F${name}`, title, organization: org }),
    )
    for (const flavor of ['google', 'outlook'] as const) {
      const { header, rows } = read(toCSV(contacts, { flavor }))
      expect(header).toEqual([...CSV_HEADERS[flavor]])
      expect(rows).toHaveLength(contacts.length)
      rows.forEach((r, i) => {
        for (const cell of Object.values(r))
          if (!/^\+[1-9][0-9]{1,14}$/.test(cell)) expect(cell).not.toMatch(/^[ \u00A0]*[=+\-@\t\r\n]/)
        const title = contacts[i]!.title!
        // a blank title is no title; line breaks become spaces
        const expected = title.trim() === '' ? '' : title.replace(/\r\n|[\r\n]/g, ' ')
        const got = flavor === 'google' ? r['Organization Title'] : r['Job Title']
        expect(got).toBe(/^[ \u00A0]*[=+\-@\t\r\n]/.test(expected) ? `'${expected}` : expected)
      })
    }
  })
})
