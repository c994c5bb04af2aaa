import { describe, expect, it } from 'vitest'
import { ContactSchema, extractContacts } from '../src/index.js'
import { compare, fixtureRows, holdoutRows, releaseRows } from './helpers/corpus.js'

// Rows we do not read exactly yet, each with the reason. `it.fails` keeps them honest: when one
// starts passing, this list must shrink.
const KNOWN_GAPS: Record<string, string> = {
  'ho-38': 'two judges named in one line share the number on the next line; we give it to neither',
  'hb-05': 'numbers written as a suffix of the desk number ("Tel. -21") are not expanded',
  'hb-06': 'a name, its e-mail and its mobile in three different sentences are not joined',
  'hb-11': 'an out-of-hours line under its own colon heading is read as a record of its own',
  'hb-34': 'a desk named only in running text after a label ("Informes generales: Mesa de Entradas")',
  'hb-39': 'a desk and two people on one line sharing the desk e-mail',
  'hc-15': 'a fax written as a suffix of the phone ("Tel. … 93-200, Fax -299") is not expanded',
}

const rows = [...fixtureRows(), ...releaseRows(), ...holdoutRows()]

describe('labelled fixtures (tests/fixtures)', () => {
  it('has at least 40 blocks and several whole releases', () => {
    expect(fixtureRows().length).toBeGreaterThanOrEqual(40)
    expect(releaseRows().length).toBeGreaterThanOrEqual(4)
  })

  for (const row of rows) {
    const title = `${row.id} (${row.lang}, ${row.layout})`
    const check = () => {
      const { contacts } = extractContacts(row.text, { defaultCountry: row.defaultCountry ?? undefined })
      for (const c of contacts) expect(ContactSchema.safeParse(c).success).toBe(true)
      const result = compare(row.expected, contacts)
      expect(result.misses).toEqual([])
      expect(result.extra).toBe(0)
    }
    if (KNOWN_GAPS[row.id]) it.fails(`${title}: known gap, ${KNOWN_GAPS[row.id]}`, check)
    else it(title, check)
  }

  it('reads the fixtures well overall (phones, e-mails, names, types)', () => {
    let phonesExpected = 0
    let phonesFound = 0
    let exact = 0
    let total = 0
    for (const row of rows) {
      const { contacts } = extractContacts(row.text, { defaultCountry: row.defaultCountry ?? undefined })
      const got = new Set(contacts.flatMap((c) => c.phones.map((p) => p.e164)))
      for (const e of row.expected)
        for (const p of e.phones) {
          phonesExpected++
          if (got.has(p.e164)) phonesFound++
        }
      const r = compare(row.expected, contacts)
      exact += r.exact
      total += r.total
    }
    expect(phonesFound / phonesExpected).toBeGreaterThan(0.97)
    expect(exact / total).toBeGreaterThan(0.85)
  })
})
