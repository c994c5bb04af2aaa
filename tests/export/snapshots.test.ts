// File snapshots of every format for the example release (examples/release.txt, defaultCountry FR).
// toMatchFileSnapshot keeps the bytes (CRLF, BOM); each snapshot was read by eye when written, and
// every format is also checked by an independent parser in the other test files.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractContacts, toCSV, toJCard, toJSON, toVCard } from '../../src/index.js'
import { ROOT } from '../helpers/corpus.js'

const release = readFileSync(join(ROOT, 'examples', 'release.txt'), 'utf8')
const { contacts } = extractContacts(release, {
  defaultCountry: 'FR',
  source: { uri: 'examples/release.txt' },
})
const revision = '2024-03-12T10:30:00Z'
const snap = (name: string) => join(ROOT, 'tests', '__snapshots__', 'export', name)

describe('every format for examples/release.txt', () => {
  it('finds the three people and the press desk', () => {
    expect(contacts.map((c) => [c.kind, c.name])).toEqual([
      ['individual', 'Pascale Bresson'],
      ['individual', 'Fabienne Lissak'],
      ['individual', 'Raphaël Sart'],
      ['org', 'Press Office'],
    ])
  })

  it.each([
    ['release.3.0.vcf', () => toVCard(contacts)],
    ['release.3.0-rev.vcf', () => toVCard(contacts, { revision })],
    ['release.4.0.vcf', () => toVCard(contacts, { version: '4.0', revision })],
    ['release.jcard.json', () => toJCard(contacts, { revision })],
    ['release.google.csv', () => toCSV(contacts, { flavor: 'google' })],
    ['release.outlook.csv', () => toCSV(contacts, { flavor: 'outlook' })],
    ['release.json', () => toJSON(contacts)],
  ])('%s', async (name, write) => {
    await expect(write()).toMatchFileSnapshot(snap(name))
  })
})
