import { describe, expect, it } from 'vitest'
import { locateMarks, type Mark, splitLines } from '../../playground/src/highlight.js'
import { type Contact, extractContacts } from '../../src/index.js'

function contact(partial: Partial<Contact> & Pick<Contact, 'name'>): Contact {
  return {
    kind: 'individual',
    givenName: null,
    familyName: null,
    title: null,
    organization: null,
    phones: [],
    emails: [],
    urls: [],
    source: { line: 1, text: '' },
    ...partial,
  }
}

/** The marked text of each mark, with its kind and line: what a reader sees highlighted. */
function shown(text: string, marks: Mark[]): string[] {
  const lines = splitLines(text)
  return marks.map((m) => `${m.line}:${m.kind}:${lines[m.line - 1]!.slice(m.start, m.end)}`)
}

describe('locateMarks', () => {
  it('finds a phone written with narrow no-break spaces from the normalised value the extractor returns', () => {
    const text = 'Anna Berg\nTel.\u00a0+46\u202f8\u202f123\u202f456\u202f78\nanna.berg@example.se'
    const c = contact({
      name: 'Anna Berg',
      phones: [{ e164: '+46812345678', type: 'voice', ext: null, raw: '+46 8 123 456 78', label: 'Tel.' }],
      emails: ['anna.berg@example.se'],
    })
    const { marks, unlocated } = locateMarks(text, [c], [])
    expect(shown(text, marks)).toEqual([
      '1:name:Anna Berg',
      '2:label:Tel.',
      '2:phone:+46\u202f8\u202f123\u202f456\u202f78',
      '3:email:anna.berg@example.se',
    ])
    expect(unlocated).toEqual([])
  })

  it('matches whole words only, and e-mails whatever their case', () => {
    const text = 'Sartre Books: Paul Sart, PAUL.SART@Example.COM'
    const c = contact({ name: 'Sart', emails: ['paul.sart@example.com'] })
    expect(shown(text, locateMarks(text, [c], []).marks)).toEqual([
      '1:name:Sart',
      '1:email:PAUL.SART@Example.COM',
    ])
  })

  it('gives two records on one line their own spans, first come first served', () => {
    const text = 'Call Ann Lee (ann@example.org) or Bo Ek (bo@example.org).'
    const contacts = [
      contact({ name: 'Ann Lee', emails: ['ann@example.org'] }),
      contact({ name: 'Bo Ek', emails: ['bo@example.org'] }),
    ]
    const { marks } = locateMarks(text, contacts, [])
    expect(marks.map((m) => [m.contact, m.kind, text.slice(m.start, m.end)])).toEqual([
      [0, 'name', 'Ann Lee'],
      [0, 'email', 'ann@example.org'],
      [1, 'name', 'Bo Ek'],
      [1, 'email', 'bo@example.org'],
    ])
  })

  it("looks for a record's details only down to the next record, and reports what it cannot find", () => {
    const text = 'Press Office\npress@example.org\nJo Kim\njo@example.org'
    const contacts = [
      contact({ kind: 'org', name: 'Press Office', emails: ['jo@example.org'] }),
      contact({ name: 'Jo Kim', emails: ['press@example.org'], source: { line: 3, text: 'Jo Kim' } }),
    ]
    const { marks, unlocated } = locateMarks(text, contacts, [])
    expect(shown(text, marks)).toEqual(['1:desk:Press Office', '3:name:Jo Kim'])
    expect(unlocated).toEqual([
      { contact: 0, kind: 'email', value: 'jo@example.org' },
      { contact: 1, kind: 'email', value: 'press@example.org' },
    ])
  })

  it('finds a name written family name first through its parts', () => {
    const text = 'BRESSON Pascale  01 99 00 75 39'
    const c = contact({ name: 'Pascale Bresson', givenName: 'Pascale', familyName: 'BRESSON' })
    expect(shown(text, locateMarks(text, [c], []).marks)).toEqual(['1:name:BRESSON', '1:name:Pascale'])
  })

  it('finds the extension after its number and the organisation heading records, nearest first', () => {
    const text = 'Acme SA opens a plant.\n\nAcme SA\nJo Kim  Tél. : 04 65 71 52 31 poste 207'
    const c = contact({
      name: 'Jo Kim',
      organization: 'Acme SA',
      phones: [{ e164: '+33465715231', type: 'voice', ext: '207', raw: '04 65 71 52 31', label: 'Tél.' }],
      source: { line: 4, text: '' },
    })
    expect(shown(text, locateMarks(text, [c], []).marks)).toEqual([
      '3:org:Acme SA',
      '4:name:Jo Kim',
      '4:label:Tél.',
      '4:phone:04 65 71 52 31',
      '4:phone:207',
    ])
  })

  it('finds a phone whose separators the extractor did not keep', () => {
    const text = 'Moritz Ohm\nTelefon 030 / 2589 4471'
    const c = contact({
      name: 'Moritz Ohm',
      phones: [{ e164: '+493025894471', type: 'voice', ext: null, raw: '030   2589 4471', label: 'Telefon' }],
    })
    expect(shown(text, locateMarks(text, [c], []).marks)).toEqual([
      '1:name:Moritz Ohm',
      '2:label:Telefon',
      '2:phone:030 / 2589 4471',
    ])
  })

  it('marks the value a warning quotes, on the line the warning names', () => {
    const text = 'Order 4412-0098-77\nOrder 4412-0098-77'
    const warning = {
      code: 'IGNORED_NUMBER' as const,
      message: "'4412-0098-77' is a reference or registration number",
      line: 2,
      text: 'Order 4412-0098-77',
    }
    expect(shown(text, locateMarks(text, [], [warning]).marks)).toEqual(['2:warning:4412-0098-77'])
  })

  it('places every detail of the README example on the line the extractor says it came from', () => {
    const text =
      'Press contacts\r\n\r\nPascale Bresson    Tel. +33 (0)1 44 76 75 39    pascale.bresson@cnes.fr\r\n'
    const { contacts, warnings } = extractContacts(text)
    const { marks, unlocated } = locateMarks(text, contacts, warnings)
    expect(unlocated).toEqual([])
    expect(shown(text, marks)).toEqual([
      '3:name:Pascale Bresson',
      '3:label:Tel.',
      '3:phone:+33 (0)1 44 76 75 39',
      '3:email:pascale.bresson@cnes.fr',
    ])
  })
})

describe('splitLines', () => {
  it('breaks lines where the extractor does, so line numbers agree', () => {
    expect(splitLines('a\r\nb\rc\nd\u2028e')).toEqual(['a', 'b', 'c', 'd', 'e'])
  })
})
