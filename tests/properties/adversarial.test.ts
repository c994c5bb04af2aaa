// Real-world shapes that break naive extractors (tests/fixtures/adversarial/*.jsonl, our own writing).
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractContacts } from '../../src/index.js'
import { compare, ROOT, readJsonl } from '../helpers/corpus.js'
import { lostDetails } from './extract.suite.js'

const dir = join(ROOT, 'tests', 'fixtures', 'adversarial')
const rows = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => readJsonl(join(dir, f)))
// Rows whose records are not yet read exactly (their phones and e-mails are): a flattened table whose
// column gaps collapsed to single spaces reads as one record.
const KNOWN_INEXACT = new Set(['adv-04'])

describe('adversarial fixtures', () => {
  it.each(rows.map((r) => [r.id, r] as const))('%s', (_, row) => {
    const cc = row.defaultCountry ?? undefined
    const result = extractContacts(row.text, { defaultCountry: cc })
    const got = result.contacts
    // every expected phone and e-mail, and nothing else: no register, VAT or reference number read as a phone
    expect(got.flatMap((c) => c.phones.map((p) => p.e164)).sort()).toEqual(
      row.expected.flatMap((c) => c.phones.map((p) => p.e164)).sort(),
    )
    expect(got.flatMap((c) => c.emails).sort()).toEqual(row.expected.flatMap((c) => c.emails).sort())
    expect(lostDetails(row.text, cc, result)).toEqual([])
    const score = compare(row.expected, got)
    if (KNOWN_INEXACT.has(row.id)) expect(score.exact).toBeLessThan(score.total)
    else expect(score.misses).toEqual([])
  })
})
