import { describe, expect, it } from 'vitest'
import {
  ContactSchema,
  Directory,
  extractContacts,
  fromVCard,
  isPressContactsError,
  toJSON,
  toVCard,
} from '../src/index.js'
import { contact, phone } from './helpers/contacts.js'

const FIXED = '+33144767451'
const MOBILE = '+33612345678'

function catchError(fn: () => unknown): unknown {
  try {
    fn()
  } catch (e) {
    return e
  }
  throw new Error('did not throw')
}

describe('Directory: merging duplicates across releases', () => {
  it('merges one person seen by name variants, keeping every phone and e-mail, the newest title and provenance', () => {
    const dir = new Directory()
    dir.add(
      [
        contact('Raphael Sart', {
          title: 'Press officer',
          organization: 'CNES',
          phones: [phone(FIXED)],
          emails: ['raphael.sart@cnes.fr'],
          source: { line: 12 },
        }),
      ],
      { source: { uri: 'r1.txt', date: '2024-01-10' } },
    )
    dir.add(
      [
        contact('RAPHAËL SART', {
          title: 'Head of Media Relations',
          phones: [phone(MOBILE, 'mobile')],
          source: { line: 3 },
        }),
      ],
      {
        source: { uri: 'r2.txt', date: '2024-06-01' },
      },
    )
    dir.add([contact('Raphaël Sart', { title: 'Intern', emails: ['r.sart@example.org'] })], {
      source: { uri: 'r0.txt', date: '2023-02-01' },
    })
    expect(dir.contacts).toHaveLength(1)
    const [c] = dir.contacts
    expect(c!.name).toBe('Raphaël Sart') // accents are kept (most accents, then newest)
    expect(c!.title).toBe('Head of Media Relations') // from the newest source
    expect(c!.organization).toBe('CNES') // the newest stated one
    expect(c!.phones.map((p) => p.e164).sort()).toEqual([FIXED, MOBILE].sort())
    expect([...c!.emails].sort()).toEqual(['r.sart@example.org', 'raphael.sart@cnes.fr'])
    const [entry] = dir.entries
    expect(entry!.provenance.firstSeen).toBe('2023-02-01')
    expect(entry!.provenance.lastSeen).toBe('2024-06-01')
    expect(entry!.provenance.sources.map((s) => s.uri)).toEqual(['r0.txt', 'r1.txt', 'r2.txt'])
    expect(entry!.records).toHaveLength(3)
    expect(dir.warnings).toEqual([])
  })

  it.each([
    ['Jean-Marc LE GALL', 'Jean-Marc Le Gall'],
    ['Jean-Marc Le Gall', 'Jean Marc Legall'],
    ['Pascale Bresson', 'BRESSON Pascale'],
    ['Ursula von der Leyen', 'Ursula Von Der Leyen'],
    ['Dr. Anna Schmidt', 'Anna Schmidt'],
    ['Søren Kierkegaard', 'Soren Kierkegaard'],
  ])('takes %j and %j for one person when nothing else conflicts', (a, b) => {
    const dir = new Directory([
      contact(a, { emails: ['a@example.org'] }),
      contact(b, { emails: ['b@example.org'] }),
    ])
    expect(dir.contacts).toHaveLength(1)
    expect(dir.contacts[0]!.emails).toHaveLength(2)
  })

  it('merges by e-mail (case-insensitive) and by phone when the names agree or one is a short form', () => {
    const dir = new Directory([
      contact('Pascale Bresson', { emails: ['Pascale.Bresson@cnes.fr'] }),
      contact('P. Bresson', { emails: ['pascale.bresson@cnes.fr'], phones: [phone(FIXED)] }),
      contact('Pascale Bresson-Durand', { phones: [phone(FIXED)] }),
    ])
    expect(dir.contacts.map((c) => c.name)).toEqual(['Pascale Bresson-Durand'])
    expect(dir.contacts[0]!.emails).toEqual(['Pascale.Bresson@cnes.fr'])
  })

  it('keeps two names apart when they share an e-mail, and warns with both names', () => {
    const dir = new Directory([
      contact('Marie Curie', { emails: ['presse@example.fr'] }),
      contact('Pierre Dupont', { emails: ['PRESSE@example.fr'], phones: [phone(FIXED)] }),
    ])
    expect(dir.contacts.map((c) => c.name)).toEqual(['Marie Curie', 'Pierre Dupont'])
    const shared = dir.warnings.filter((w) => w.code === 'SHARED_EMAIL')
    expect(shared).toHaveLength(1)
    expect(shared[0]!.names).toEqual(['Marie Curie', 'Pierre Dupont'])
    expect(shared[0]!.value).toBe('presse@example.fr')
    expect(shared[0]!.message).toContain('"Marie Curie" and "Pierre Dupont"')
  })

  it('keeps a person and a desk apart even when they share a phone (a SHARED_PHONE warning)', () => {
    const dir = new Directory([
      contact('Press Office', { kind: 'org', organization: 'CNES', phones: [phone(FIXED)] }),
      contact('Pascale Bresson', { organization: 'CNES', phones: [phone(FIXED)] }),
    ])
    expect(dir.contacts).toHaveLength(2)
    expect(dir.warnings.map((w) => [w.code, w.value])).toEqual([['SHARED_PHONE', FIXED]])
  })

  it('does not merge one name at two organisations on the name alone (POSSIBLE_DUPLICATE)', () => {
    const dir = new Directory([
      contact('Jean Martin', { organization: 'CNES', emails: ['jean.martin@cnes.fr'] }),
      contact('Jean Martin', { organization: 'Airbus', emails: ['jean.martin@airbus.com'] }),
    ])
    expect(dir.contacts).toHaveLength(2)
    expect(dir.warnings.map((w) => w.code)).toEqual(['POSSIBLE_DUPLICATE'])
    expect(dir.warnings[0]!.names).toEqual(['Jean Martin (Airbus)', 'Jean Martin (CNES)'])
    // with no organisation, the name fits both: ambiguous, so kept apart and reported
    dir.add([contact('Jean Martin', { emails: ['jm@example.org'] })])
    expect(dir.contacts).toHaveLength(3)
    expect(dir.warnings[0]!.names).toEqual(['Jean Martin', 'Jean Martin (Airbus)', 'Jean Martin (CNES)'])
  })

  it('lets an e-mail join what an organisation kept apart (a person who changed jobs)', () => {
    const dir = new Directory([
      contact('Jean Martin', { organization: 'CNES', emails: ['jean.martin@cnes.fr'] }),
      contact('Jean Martin', { organization: 'Airbus', emails: ['jean.martin@airbus.com'] }),
      contact('Jean Martin', { emails: ['jean.martin@airbus.com', 'jean.martin@cnes.fr'] }),
    ])
    expect(dir.contacts).toHaveLength(1)
    expect(dir.warnings).toEqual([])
  })

  it('merges desks by name only within one stated organisation', () => {
    const dir = new Directory([
      contact('Press Office', {
        kind: 'org',
        organization: 'CNES',
        emails: ['presse@cnes.fr'],
        source: { date: '2024-02-01' },
      }),
      contact('Press Office', {
        kind: 'org',
        organization: 'Cnes',
        phones: [phone(FIXED)],
        source: { date: '2024-01-01' },
      }),
      contact('Press Office', { kind: 'org', organization: 'ESA', phones: [phone(MOBILE)] }),
      contact('Press Office', { kind: 'org', phones: [phone('+4930901820')] }),
    ])
    expect(dir.contacts.map((c) => [c.organization, c.phones.length + c.emails.length])).toEqual([
      [null, 1],
      ['CNES', 2],
      ['ESA', 1],
    ])
  })

  it('breaks title ties by a stable rule, whatever the order', () => {
    const a = contact('Anna Schmidt', { title: 'Sprecherin', emails: ['anna@example.de'] })
    const b = contact('Anna Schmidt', { title: 'Pressesprecherin', emails: ['anna@example.de'] })
    const one = new Directory()
      .add([a], { source: { date: '2024-05-01' } })
      .add([b], { source: { date: '2024-05-01' } })
    const two = new Directory()
      .add([b], { source: { date: '2024-05-01' } })
      .add([a], { source: { date: '2024-05-01' } })
    expect(one.toJSON()).toBe(two.toJSON())
    expect(one.contacts).toHaveLength(1)
  })

  it('keeps an older title when the newer source gives none, and a dated source beats an undated one', () => {
    const dir = new Directory()
      .add([contact('Anna Schmidt', { title: 'Pressesprecherin', emails: ['anna@example.de'] })], {
        source: { date: '2023-01-01' },
      })
      .add([contact('Anna Schmidt', { emails: ['anna@example.de'] })], { source: { date: '2024-01-01' } })
      .add([contact('Anna Schmidt', { title: 'Old title', emails: ['anna@example.de'] })], {
        source: 'book.vcf',
      })
    expect(dir.contacts[0]!.title).toBe('Pressesprecherin')
  })

  it("fills the source from add() options but keeps a contact's own", () => {
    const dir = new Directory().add(
      [contact('Anna Schmidt', { source: { uri: 'own.txt' } }), contact('Marie Curie')],
      { source: { uri: 'given.txt', date: '2024-01-02' } },
    )
    const byName = Object.fromEntries(dir.contacts.map((c) => [c.name, c.source]))
    expect(byName['Anna Schmidt']).toMatchObject({ uri: 'own.txt', date: '2024-01-02' })
    expect(byName['Marie Curie']).toMatchObject({ uri: 'given.txt', date: '2024-01-02' })
  })

  it('validates what is added and says where the problem is', () => {
    const bad = { ...contact('Anna Schmidt'), phones: [{ ...phone(FIXED), e164: '0144767451' }] }
    const err = catchError(() => new Directory().add([contact('Ok Name'), bad as never]))
    expect(isPressContactsError(err) && err.code).toBe('INVALID_CONTACT')
    expect(isPressContactsError(err) && err.issues[0]!.path).toEqual([1, 'phones', 0, 'e164'])
    expect(catchError(() => new Directory().add('text' as never))).toMatchObject({ code: 'INVALID_ARGUMENT' })
  })

  it('keeps the warnings of what was added, with their source', () => {
    const result = extractContacts('Anna Schmidt  Tel. 12  anna@example.de\n', { defaultCountry: 'DE' })
    const dir = new Directory().add(
      {
        contacts: result.contacts,
        warnings: [{ code: 'INVALID_PHONE', message: 'bad', line: 1, text: 'x' }],
      },
      { source: 'pr.txt' },
    )
    expect(dir.warnings).toEqual([
      { code: 'INVALID_PHONE', message: 'bad', line: 1, text: 'x', uri: 'pr.txt' },
    ])
    expect(Directory.fromJSON(dir.toJSON()).warnings).toEqual(dir.warnings)
  })
})

describe('Directory: JSON and the export formats', () => {
  const dir = new Directory()
    .add(
      [
        contact('Raphaël Sart', {
          title: 'Attaché de presse',
          organization: 'CNES',
          phones: [phone(FIXED, 'voice', '204')],
          emails: ['raphael.sart@cnes.fr'],
        }),
      ],
      { source: { uri: 'a.txt', date: '2024-01-01' } },
    )
    .add([contact('Service de presse', { kind: 'org', organization: 'CNES', emails: ['presse@cnes.fr'] })], {
      source: 'b.txt',
    })

  it('reads back what toJSON writes, to the byte', () => {
    const text = dir.toJSON()
    const back = Directory.fromJSON(text)
    expect(back.toJSON()).toBe(text)
    expect(Directory.fromJSON(JSON.parse(text)).toJSON()).toBe(text)
    expect(JSON.parse(text)).toMatchObject({ kind: 'press-contacts/directory', version: 1 })
  })

  it('reads a contacts document (toJSON) too', () => {
    const back = Directory.fromJSON(toJSON(dir.contacts))
    expect(back.contacts.map((c) => c.name)).toEqual(dir.contacts.map((c) => c.name))
  })

  it('rejects text that is not JSON or not a document, with paths', () => {
    expect(catchError(() => Directory.fromJSON('{'))).toMatchObject({ code: 'INVALID_JSON' })
    const doc = JSON.parse(dir.toJSON())
    doc.entries[0].records[0].emails = ['nope']
    const err = catchError(() => Directory.fromJSON(doc))
    expect(err).toMatchObject({ code: 'INVALID_DOCUMENT' })
    expect(isPressContactsError(err) && err.issues[0]!.path).toEqual([
      'entries',
      0,
      'records',
      0,
      'emails',
      0,
    ])
  })

  it('exports the merged contacts in vCard 3.0 and 4.0 that read back the same', () => {
    for (const version of ['3.0', '4.0'] as const) {
      const back = fromVCard(toVCard(dir.contacts, { version }))
      expect(
        back.map((c) => [
          c.kind,
          c.name,
          c.organization,
          c.title,
          c.emails,
          c.phones.map((p) => [p.e164, p.ext]),
        ]),
      ).toEqual(
        dir.contacts.map((c) => [
          c.kind,
          c.name,
          c.organization,
          c.title,
          c.emails,
          c.phones.map((p) => [p.e164, p.ext]),
        ]),
      )
    }
    for (const c of dir.contacts) expect(ContactSchema.safeParse(c).success).toBe(true)
  })
})

describe('Directory: lookup', () => {
  const dir = new Directory([
    contact('Raphaël Sart', {
      organization: 'CNES',
      phones: [phone(FIXED)],
      emails: ['raphael.sart@cnes.fr'],
    }),
    contact('Jean-Marc Le Gall', {
      organization: 'Ifremer',
      phones: [phone('+33298224040', 'voice', '12')],
      emails: ['jm.legall@ifremer.fr'],
    }),
    contact('Morgan Lee', { phones: [phone('+12025550143')], emails: ['morgan@example.com'] }),
    contact('Service de presse', { kind: 'org', organization: 'Cnes', emails: ['presse@cnes.fr'] }),
  ])
  const names = (q: Parameters<Directory['find']>[0]) => dir.find(q).map((c) => c.name)

  it.each([
    ['raph', ['Raphaël Sart']],
    ['RAPHAEL', ['Raphaël Sart']],
    ['sart', ['Raphaël Sart']],
    ['Raphaël S', ['Raphaël Sart']],
    ['le gall', ['Jean-Marc Le Gall']],
    ['legall', ['Jean-Marc Le Gall']],
    ['jean marc', ['Jean-Marc Le Gall']],
    ['cnes', ['Raphaël Sart', 'Service de presse']],
    ['nobody', []],
  ])('finds names and organisations by prefix: %j', (q, expected) => {
    expect(names(q)).toEqual(expected)
  })

  it.each([
    ['RAPHAEL.SART@CNES.FR', ['Raphaël Sart']],
    ['@cnes.fr', ['Raphaël Sart', 'Service de presse']],
    ['raphael@cnes.fr', []],
  ])('finds e-mails: %j', (q, expected) => {
    expect(names(q)).toEqual(expected)
  })

  it.each([
    '+33144767451',
    '+33 (0)1 44 76 74 51',
    '01 44 76 74 51',
    '01.44.76.74.51',
    '0033 1 44 76 74 51',
    'tel:+33-1-44-76-74-51',
  ])('finds a phone written as %j', (q) => {
    expect(names(q)).toEqual(['Raphaël Sart'])
  })

  it('finds US and extension numbers', () => {
    expect(names('(202) 555-0143')).toEqual(['Morgan Lee'])
    expect(names({ phone: '02 98 22 40 40 ext. 12' })).toEqual(['Jean-Marc Le Gall'])
  })

  it('combines the fields of an object query, and lists by organisation', () => {
    expect(names({ organization: 'cnes', name: 'serv' })).toEqual(['Service de presse'])
    expect(names({ organization: 'CNES' })).toEqual(['Raphaël Sart', 'Service de presse'])
    expect(dir.byOrganization().map((g) => [g.organization, g.contacts.map((c) => c.name)])).toEqual([
      ['CNES', ['Raphaël Sart', 'Service de presse']],
      ['Ifremer', ['Jean-Marc Le Gall']],
      [null, ['Morgan Lee']],
    ])
  })
})
