import { fc, test } from '@fast-check/vitest'
import { describe, expect } from 'vitest'
import { type Contact, ContactSchema, Directory, fromVCard, toVCard } from '../src/index.js'
import { contact, phone } from './helpers/contacts.js'

// A small world where duplicates are likely: the same people under spelling variants, shared
// addresses and numbers (so conflicts happen too), titles and organisations that change.
const PEOPLE: Array<{ kind: Contact['kind']; variants: string[] }> = [
  { kind: 'individual', variants: ['Raphaël Sart', 'Raphael Sart', 'RAPHAËL SART', 'Sart Raphaël'] },
  { kind: 'individual', variants: ['Jean-Marc Le Gall', 'Jean-Marc LE GALL', 'Jean Marc Legall'] },
  { kind: 'individual', variants: ['Pascale Bresson', 'BRESSON Pascale', 'P. Bresson'] },
  { kind: 'individual', variants: ['Anna Schmidt', 'Dr. Anna Schmidt'] },
  { kind: 'individual', variants: ['Marie Curie'] },
  { kind: 'org', variants: ['Press Office'] },
  { kind: 'org', variants: ['Service de presse'] },
]
const EMAILS = [
  'raphael.sart@cnes.fr',
  'Raphael.Sart@cnes.fr',
  'presse@cnes.fr',
  'anna@example.de',
  'pb@cnes.fr',
  'jm@ifremer.fr',
]
const PHONES = [
  '+33144767451',
  '+33612345678',
  '+33298224040',
  '+4930901820',
  '+4915123456789',
  '+12025550143',
]
const TITLES = [null, 'Attaché de presse', 'Head of Media', 'Pressesprecherin']
const ORGS = [null, 'CNES', 'Cnes', 'ESA', 'Airbus']
const DATES = [undefined, '2023-05-01', '2024-01-15', '2024-01-15T10:00:00Z', '2024-06-30']
const URIS = [undefined, 'a.txt', 'b.txt', 'book.vcf']

const contactArb = fc
  .record({
    person: fc.constantFrom(...PEOPLE),
    variant: fc.nat(3),
    emails: fc.subarray(EMAILS, { maxLength: 2 }),
    phones: fc.subarray(PHONES, { maxLength: 2 }),
    ext: fc.constantFrom(null, '12'),
    type: fc.constantFrom('voice', 'mobile', 'fax', 'unknown') as fc.Arbitrary<
      Contact['phones'][number]['type']
    >,
    title: fc.constantFrom(...TITLES),
    organization: fc.constantFrom(...ORGS),
    line: fc.integer({ min: 1, max: 40 }),
  })
  .map(({ person, variant, emails, phones, ext, type, title, organization, line }) =>
    contact(person.variants[variant % person.variants.length]!, {
      kind: person.kind,
      emails,
      phones: phones.map((p, i) => phone(p, type, i === 0 ? ext : null)),
      title,
      organization,
      source: { line },
    }),
  )

const releaseArb = fc.record({
  contacts: fc.array(contactArb, { maxLength: 4 }),
  source: fc.record({ uri: fc.constantFrom(...URIS), date: fc.constantFrom(...DATES) }),
})
type Release = { contacts: Contact[]; source: { uri: string | undefined; date: string | undefined } }
const releasesArb = fc.array(releaseArb, { minLength: 1, maxLength: 6 })

function build(releases: Release[]): Directory {
  const dir = new Directory()
  for (const r of releases) {
    const source = Object.fromEntries(Object.entries(r.source).filter(([, v]) => v !== undefined))
    dir.add(r.contacts, { source })
  }
  return dir
}

const phoneKeys = (cs: readonly Contact[]) =>
  new Set(cs.flatMap((c) => c.phones.map((p) => `${p.e164};${p.ext}`)))
const emailKeys = (cs: readonly Contact[]) => new Set(cs.flatMap((c) => c.emails.map((e) => e.toLowerCase())))

describe('Directory properties', () => {
  test.prop([releasesArb], { numRuns: 300 })('adding the same releases twice changes nothing', (releases) => {
    const once = build(releases)
    const twice = build([...releases, ...releases])
    expect(twice.toJSON()).toBe(once.toJSON())
    expect(once.add(build(releases)).toJSON()).toBe(twice.toJSON())
  })

  test.prop(
    [
      releasesArb.chain((rs) =>
        fc.tuple(fc.constant(rs), fc.shuffledSubarray(rs, { minLength: rs.length, maxLength: rs.length })),
      ),
    ],
    { numRuns: 300 },
  )('adding releases in any order gives the same directory', ([releases, shuffled]) => {
    const reordered = shuffled.map((r) => ({ ...r, contacts: [...r.contacts].reverse() }))
    expect(build(reordered).toJSON()).toBe(build(releases).toJSON())
  })

  test.prop([releasesArb], { numRuns: 300 })(
    'never loses a phone or an e-mail, and keeps every contact valid',
    (releases) => {
      const dir = build(releases)
      const input = releases.flatMap((r) => r.contacts)
      expect(phoneKeys(dir.contacts)).toEqual(phoneKeys(input))
      expect(emailKeys(dir.contacts)).toEqual(emailKeys(input))
      expect(dir.contacts.length).toBeLessThanOrEqual(input.length)
      for (const c of dir.contacts) expect(ContactSchema.safeParse(c).success).toBe(true)
      // every record added is in exactly one entry
      const records = dir.entries.reduce((n, e) => n + e.records.length, 0)
      expect(records).toBe(
        new Directory().add(build(releases)).entries.reduce((n, e) => n + e.records.length, 0),
      )
    },
  )

  test.prop([releasesArb], { numRuns: 100 })(
    'reads back its JSON and its vCards with no phone or e-mail lost',
    (releases) => {
      const dir = build(releases)
      expect(Directory.fromJSON(dir.toJSON()).toJSON()).toBe(dir.toJSON())
      for (const version of ['3.0', '4.0'] as const) {
        const back = fromVCard(toVCard(dir.contacts, { version }))
        expect(back.warnings).toEqual([])
        expect(back.map((c) => c.name)).toEqual(dir.contacts.map((c) => c.name))
        expect(phoneKeys(back)).toEqual(phoneKeys(dir.contacts))
        expect(emailKeys(back)).toEqual(emailKeys(dir.contacts))
      }
    },
  )
})
