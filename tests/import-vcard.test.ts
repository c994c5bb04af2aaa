import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Contact, extractContacts, fromVCard, isPressContactsError, toVCard } from '../src/index.js'
import { contact, phone } from './helpers/contacts.js'
import { ROOT } from './helpers/corpus.js'

const fixture = (name: string) => readFileSync(join(ROOT, 'tests', 'fixtures', 'vcf', name), 'utf8')

/** What must survive a trip through vCard: FN, TEL, EMAIL, ORG and TITLE. */
const essentials = (cs: readonly Contact[]) =>
  cs.map((c) => ({
    kind: c.kind,
    name: c.name,
    organization: c.organization,
    title: c.title,
    phones: c.phones.map((p) => ({ e164: p.e164, ext: p.ext, type: p.type })),
    emails: c.emails,
  }))

/** toVCard writes a phone of unknown kind as TYPE=work,voice: it reads back as voice. */
const asExported = (cs: ReturnType<typeof essentials>) =>
  cs.map((c) => ({
    ...c,
    phones: c.phones.map((p) => ({ ...p, type: p.type === 'unknown' ? 'voice' : p.type })),
  }))

function vcardError(text: string) {
  try {
    fromVCard(text)
  } catch (e) {
    if (isPressContactsError(e)) return e
    throw e
  }
  throw new Error('did not throw')
}

describe('fromVCard: hand-written Apple, Google and vCard 4.0 files', () => {
  it('reads an iPhone export: grouped item1.TEL with X-ABLabel, type=CELL, fax, pause extensions, a company card', () => {
    const contacts = fromVCard(fixture('apple.vcf'))
    expect(contacts.warnings).toEqual([])
    expect(essentials(contacts)).toEqual([
      {
        kind: 'individual',
        name: 'Raphaël Sart',
        organization: 'CNES',
        title: 'Attaché de presse',
        phones: [
          { e164: '+33144767451', ext: null, type: 'voice' }, // _$!<Main>!$_
          { e164: '+33612345678', ext: null, type: 'mobile' }, // type=CELL
          { e164: '+33144767837', ext: null, type: 'voice' }, // "01 44 76 78 37", country from the card's +33 numbers
          { e164: '+33144767699', ext: null, type: 'fax' },
          { e164: '+33144767500', ext: '204', type: 'voice' }, // ",204" is dialled after a pause
        ],
        emails: ['raphael.sart@cnes.fr', 'R.Sart@example.org'],
      },
      {
        kind: 'org',
        name: 'Service de presse du CNES',
        organization: null,
        title: null,
        phones: [{ e164: '+33144767688', ext: null, type: 'voice' }],
        emails: ['cnes-presse@cnes.fr'],
      },
      {
        kind: 'individual',
        name: 'Jean-Marc LE GALL',
        organization: 'Ifremer',
        title: 'Responsable des relations presse',
        phones: [
          { e164: '+33298224040', ext: null, type: 'voice' },
          { e164: '+33698765432', ext: null, type: 'mobile' },
        ],
        emails: ['jean-marc.legall@ifremer.fr'],
      },
    ])
    const [raphael, , jm] = contacts
    expect(raphael!.phones.map((p) => p.label)).toEqual(['Main', null, 'Bureau', null, null])
    expect(raphael!.urls).toEqual(['https://cnes.fr'])
    expect([raphael!.givenName, raphael!.familyName]).toEqual(['Raphaël', 'Sart'])
    expect([jm!.givenName, jm!.familyName]).toEqual(['Jean-Marc', 'LE GALL'])
    expect(raphael!.source).toEqual({ line: 5, text: 'FN:Raphaël Sart' })
  })

  it('reads a Google Contacts export: TYPE=CELL, national numbers, custom labels, a department', () => {
    const contacts = fromVCard(fixture('google.vcf'), { source: { uri: 'google.vcf' } })
    expect(contacts.warnings).toEqual([])
    expect(essentials(contacts)).toEqual([
      {
        kind: 'individual',
        name: 'Pascale Bresson',
        organization: 'CNES',
        title: 'Chef du service de presse',
        phones: [
          { e164: '+33144767539', ext: null, type: 'voice' },
          { e164: '+33612345678', ext: null, type: 'mobile' }, // France, not Germany: the card's e-mail is .fr
          { e164: '+493012345678', ext: null, type: 'unknown' }, // "Büro Berlin" says nothing of the kind
        ],
        emails: ['pascale.bresson@cnes.fr'],
      },
      {
        kind: 'individual',
        name: 'Anna Schmidt',
        organization: 'Bundesamt für Beispiele',
        title: 'Pressesprecherin',
        phones: [
          { e164: '+4930901820', ext: null, type: 'fax' },
          { e164: '+4915123456789', ext: null, type: 'mobile' }, // label "Handy"
        ],
        emails: ['anna.schmidt@example.de'],
      },
      {
        kind: 'individual',
        name: 'Morgan Lee',
        organization: null,
        title: null,
        phones: [{ e164: '+12025550143', ext: '12', type: 'voice' }],
        emails: ['morgan.lee@example.com'],
      },
    ])
    expect(contacts.every((c) => c.source.uri === 'google.vcf')).toBe(true)
  })

  it('reads vCard 4.0: tel: URIs with ;ext=, KIND:org with a department', () => {
    expect(essentials(fromVCard(fixture('v4.vcf')))).toEqual([
      {
        kind: 'individual',
        name: 'Anna Schmidt',
        organization: 'Bundesamt für Beispiele',
        title: 'Pressesprecherin',
        phones: [
          { e164: '+4930901820', ext: '12', type: 'voice' },
          { e164: '+4915123456789', ext: null, type: 'mobile' },
        ],
        emails: ['anna.schmidt@example.de'],
      },
      {
        kind: 'org',
        name: 'Pressestelle',
        organization: 'Bundesamt für Beispiele',
        title: null,
        phones: [{ e164: '+4930901820', ext: null, type: 'voice' }],
        emails: ['presse@example.de'],
      },
    ])
  })

  it('reads vCard 2.1 bare parameters leniently', () => {
    const [c] = fromVCard(
      'BEGIN:VCARD\nVERSION:2.1\nN:Lee;Morgan\nFN:Morgan Lee\nTEL;CELL:+1 202 555 0143\nEND:VCARD\n',
    )
    expect(c!.phones.map((p) => [p.e164, p.type])).toEqual([['+12025550143', 'mobile']])
  })
})

describe('fromVCard: round trips with no loss of FN, TEL, EMAIL, ORG and TITLE', () => {
  const tricky: Contact[] = [
    contact('Raphaël Sart', {
      title: 'Attaché de presse; relations médias, Europe',
      organization: 'CNES, Centre national',
      phones: [
        phone('+33144767451', 'voice', '204'),
        phone('+33612345678', 'mobile'),
        phone('+33144767699', 'fax'),
      ],
      emails: ['raphael.sart@cnes.fr', 'r.sart@example.org'],
    }),
    contact('Jean-Marc Le Gall', {
      familyName: 'Le Gall',
      givenName: 'Jean-Marc',
      phones: [phone('+33298224040')],
    }),
    contact('Press Office', { kind: 'org', organization: 'CNES', emails: ['presse@cnes.fr'] }),
    contact('Service de presse', { kind: 'org', phones: [phone('+33144767688')] }),
    contact('Madonna', { givenName: null, familyName: null, emails: ['m@example.com'] }),
    contact('Ωmega Δelta', { title: 'Back\\slash', phones: [phone('+302101234567')] }),
  ]

  it.each(['3.0', '4.0'] as const)('imports our own vCard %s export back', (version) => {
    const back = fromVCard(toVCard(tricky, { version }))
    expect(back.warnings).toEqual([])
    expect(essentials(back)).toEqual(essentials(tricky))
    expect(back.map((c) => [c.givenName, c.familyName])).toEqual(
      tricky.map((c) => [c.givenName, c.familyName]),
    )
  })

  it('imports the export of an extraction back, provenance included', () => {
    const text =
      'Pascale Bresson    Tel. +33 (0)1 44 76 75 39    pascale.bresson@cnes.fr\nPress Office    Tel. +33 (0)1 44 76 76 88    cnes-presse@cnes.fr\n'
    const { contacts } = extractContacts(text, {
      defaultCountry: 'FR',
      source: { uri: 'pr.txt', date: '2024-03-01' },
    })
    const back = fromVCard(toVCard(contacts))
    expect(essentials(back)).toEqual(asExported(essentials(contacts)))
    expect(back.map((c) => [c.source.uri, c.source.date])).toEqual(
      contacts.map(() => ['pr.txt', '2024-03-01']),
    )
  })

  it.each(['apple.vcf', 'google.vcf', 'v4.vcf'])('exports and imports %s again unchanged', (name) => {
    const first = fromVCard(fixture(name))
    for (const version of ['3.0', '4.0'] as const)
      expect(essentials(fromVCard(toVCard(first, { version })))).toEqual(asExported(essentials(first)))
  })
})

describe('fromVCard: problems are reported, never dropped silently', () => {
  it('turns a TEL it cannot read into a warning with its line', () => {
    const text =
      'BEGIN:VCARD\nVERSION:3.0\nFN:Anna Schmidt\nTEL:not a number\nTEL:030 901820\nEMAIL:anna(at)example.com\nEND:VCARD\n'
    const contacts = fromVCard(text)
    expect(contacts).toHaveLength(1)
    expect(contacts.warnings.map((w) => [w.code, w.line, w.text])).toEqual([
      ['INVALID_PHONE', 4, 'TEL:not a number'],
      ['INVALID_PHONE', 5, 'TEL:030 901820'],
      ['INVALID_EMAIL', 6, 'EMAIL:anna(at)example.com'],
    ])
    expect(contacts.warnings[1]!.message).toContain('pass defaultCountry')
    expect(fromVCard(text, { defaultCountry: 'DE' })[0]!.phones.map((p) => p.e164)).toEqual(['+4930901820'])
  })

  it('names a card that has no name after its e-mail, with a warning', () => {
    const contacts = fromVCard('BEGIN:VCARD\nVERSION:3.0\nEMAIL:x@example.org\nEND:VCARD\n')
    expect(contacts.map((c) => c.name)).toEqual(['x@example.org'])
    expect(contacts.warnings.map((w) => [w.code, w.line])).toEqual([['UNATTACHED_DETAIL', 1]])
  })

  it('reads nothing from empty text', () => {
    expect([...fromVCard('')]).toEqual([])
    expect([...fromVCard('\r\n\r\n')]).toEqual([])
  })

  it.each([
    ['FN:Anna\n', 1, 'outside any card'],
    ['BEGIN:VCARD\nFN:Anna\n', 1, 'no END:VCARD'],
    ['BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nEND:VCARD\n', 3, 'BEGIN:VCARD inside the card'],
    ['END:VCARD\n', 1, 'END:VCARD with no BEGIN:VCARD'],
    ['BEGIN:VCARD\nFN Anna Schmidt\nEND:VCARD\n', 2, 'not a property line'],
    ['BEGIN:VCARD\nVERSION:5.0\nEND:VCARD\n', 2, 'unsupported VERSION "5.0"'],
    ['BEGIN:VCARD\nVERSION:3.0\nTEL;TYPE="work:+33144767451\nEND:VCARD\n', 3, 'no matching double quote'],
  ])('rejects %j with INVALID_VCARD at line %i', (text, line, message) => {
    const err = vcardError(text)
    expect(err.code).toBe('INVALID_VCARD')
    expect(err.message).toMatch(new RegExp(`^line ${line}: `))
    expect(err.message).toContain(message)
    expect(err.issues[0]!.path).toEqual(['line', line])
  })
})
