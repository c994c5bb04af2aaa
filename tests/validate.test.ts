import { describe, expect, it } from 'vitest'
import {
  formatPath,
  isPressContactsError,
  parseContact,
  parseDocument,
  safeParseContact,
  safeParseDocument,
  toJSON,
  validateText,
} from '../src/index.js'
import { contact, phone } from './helpers/contacts.js'

const anna = contact('Anna Schmidt', { phones: [phone('+4930901820')], emails: ['anna@example.de'] })

// A contacts document written by hand, one property a line, so that each line number below can be
// read off it: 5 kind, 6 name, 7 givenName, 11 phones, 12 emails, 13 urls, 14 source.
const DOC = `{
  "version": 1,
  "contacts": [
    {
      "kind": "individual",
      "name": "Anna Schmidt",
      "givenName": "Anna",
      "familyName": "Schmidt",
      "title": null,
      "organization": null,
      "phones": [{ "e164": "+4930901820", "type": "voice", "ext": null, "raw": "030 901820", "label": null }],
      "emails": ["anna@example.de"],
      "urls": [],
      "source": { "line": 1, "text": "Anna Schmidt" }
    }
  ]
}
`

const DIRECTORY = JSON.stringify(
  {
    kind: 'press-contacts/directory',
    version: 1,
    entries: [{ contact: anna, provenance: { firstSeen: null, lastSeen: null, sources: [] }, records: [] }],
    warnings: [],
  },
  null,
  1,
)

/** 1-based line of the first occurrence of `needle`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length

function edit(from: string, to: string): string {
  if (!DOC.includes(from)) throw new Error(`not in DOC: ${from}`)
  return DOC.replace(from, to)
}

describe('parseContact / safeParseContact / parseDocument / safeParseDocument', () => {
  it('return valid data typed', () => {
    expect(parseContact(anna)).toEqual(anna)
    expect(safeParseContact(anna)).toEqual({ success: true, data: anna })
    expect(parseDocument(DOC).contacts[0]!.name).toBe('Anna Schmidt')
    expect(parseDocument(JSON.parse(toJSON([anna]))).contacts).toEqual([anna])
    expect(safeParseDocument(DOC).success).toBe(true)
  })

  it('throw a PressContactsError with a code, zod issues with paths and a readable message', () => {
    const bad = { ...anna, emails: ['nope'], phones: [{ ...anna.phones[0], type: 'cell' }] }
    let caught: unknown
    try {
      parseContact(bad)
    } catch (e) {
      caught = e
    }
    expect(isPressContactsError(caught)).toBe(true)
    if (!isPressContactsError(caught)) return
    expect(caught.code).toBe('INVALID_CONTACT')
    expect(caught.issues.map((i) => i.path)).toEqual([
      ['phones', 0, 'type'],
      ['emails', 0],
    ])
    expect(caught.message).toContain('→ at phones[0].type')
    expect(caught.message).toContain('→ at emails[0]')
    const safe = safeParseContact(bad)
    expect(safe.success).toBe(false)
    if (!safe.success) expect(safe.error.issues).toEqual(caught.issues)
  })

  it('tell JSON text that is not JSON from a document that is wrong', () => {
    const notJson = safeParseDocument('{"version": 1,,}')
    expect(!notJson.success && [notJson.error.code, notJson.error.message]).toEqual([
      'INVALID_JSON',
      "not JSON: line 1, column 15: expected a property name in double quotes, found ','",
    ])
    const wrong = safeParseDocument({ version: 2, contacts: [] })
    expect(!wrong.success && wrong.error.code).toBe('INVALID_DOCUMENT')
    expect(!wrong.success && wrong.error.issues[0]!.path).toEqual(['version'])
    expect(isPressContactsError(new Error('x'))).toBe(false)
  })

  it('format paths as people read them', () => {
    expect(formatPath(['contacts', 0, 'phones', 1, 'e164'])).toBe('contacts[0].phones[1].e164')
    expect(formatPath([])).toBe('')
  })
})

describe('validateText: a specific message, with line and path, for each malformed input', () => {
  it('accepts the valid document', () => {
    expect(validateText(DOC)).toEqual({ format: 'json', contacts: 1, problems: [] })
  })

  // [what is wrong, input, line, path, message fragment]
  const json: Array<[string, string, number, string | undefined, string]> = [
    [
      'unknown kind',
      edit('"individual"', '"person"'),
      5,
      'contacts[0].kind',
      'expected one of "individual"|"org"',
    ],
    [
      'empty name',
      edit('"name": "Anna Schmidt"', '"name": ""'),
      6,
      'contacts[0].name',
      'expected string to have >=1 characters',
    ],
    [
      'missing name',
      edit('      "name": "Anna Schmidt",\n', ''),
      4,
      'contacts[0].name',
      'expected string, received undefined',
    ],
    [
      'number for a name part',
      edit('"givenName": "Anna"', '"givenName": 42'),
      7,
      'contacts[0].givenName',
      'expected string, received number',
    ],
    [
      'national phone number',
      edit('"+4930901820"', '"030901820"'),
      11,
      'contacts[0].phones[0].e164',
      'must be an E.164 number',
    ],
    [
      'unknown phone type',
      edit('"type": "voice"', '"type": "cell"'),
      11,
      'contacts[0].phones[0].type',
      'expected one of "voice"|"fax"|"mobile"|"unknown"',
    ],
    [
      'extension with letters',
      edit('"ext": null', '"ext": "x204"'),
      11,
      'contacts[0].phones[0].ext',
      'must be 1 to 10 digits',
    ],
    [
      'phones not an array',
      edit(/"phones": \[.*\]/.exec(DOC)![0], '"phones": "none"'),
      11,
      'contacts[0].phones',
      'expected array, received string',
    ],
    [
      'bad e-mail',
      edit('"anna@example.de"', '"anna(at)example.de"'),
      12,
      'contacts[0].emails[0]',
      'Invalid email address',
    ],
    [
      'number in urls',
      edit('"urls": []', '"urls": [1]'),
      13,
      'contacts[0].urls[0]',
      'expected string, received number',
    ],
    [
      'source line 0',
      edit('"line": 1', '"line": 0'),
      14,
      'contacts[0].source.line',
      'expected number to be >=1',
    ],
    [
      'source without text',
      edit(', "text": "Anna Schmidt"', ''),
      14,
      'contacts[0].source.text',
      'expected string, received undefined',
    ],
    [
      'unknown property',
      edit('"givenName": "Anna",', '"nickname": "Anna",\n      "givenName": "Anna",'),
      7,
      'contacts[0]',
      'Unrecognized key: "nickname"',
    ],
    ['wrong version', edit('"version": 1', '"version": 2'), 2, 'version', 'expected 1'],
    ['no contacts', '{\n  "version": 1\n}\n', 1, 'contacts', 'expected array, received undefined'],
    [
      'not an object',
      '42\n',
      1,
      undefined,
      'not a contacts document: Invalid input: expected object, received number',
    ],
    [
      'trailing comma',
      edit('["anna@example.de"]', '["anna@example.de",]'),
      12,
      undefined,
      "expected a value, found ']' (a trailing comma?)",
    ],
    ['single quotes', edit('"kind"', "'kind'"), 5, undefined, 'expected a property name in double quotes'],
    [
      'missing comma',
      edit('"kind": "individual",', '"kind": "individual"'),
      6,
      undefined,
      "expected ',' or '}' after a property value",
    ],
    [
      'line break in a string',
      edit('"Anna Schmidt"', '"Anna\nSchmidt"'),
      6,
      undefined,
      'a line break or control character inside a string',
    ],
    ['cut short', DOC.slice(0, DOC.indexOf('"urls"')), 13, undefined, 'found the end of the text'],
    ['empty file', '', 1, undefined, 'the file is empty'],
    [
      'directory entry with no records',
      DIRECTORY,
      lineOf(DIRECTORY, '"records"'),
      'entries[0].records',
      'expected array to have >=1 items',
    ],
  ]

  it.each(json)('JSON, %s', (_what, text, line, path, message) => {
    const report = validateText(text, { format: 'json' })
    expect(report.problems).toHaveLength(1)
    const [p] = report.problems
    expect(p!.line).toBe(line)
    expect(p!.path).toBe(path)
    expect(p!.message).toContain(message)
    expect(p!.code).toMatch(/^INVALID_(JSON|DOCUMENT)$/)
  })

  const CARD = (body: string) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Schmidt\r\n${body}END:VCARD\r\n`
  const vcf: Array<[string, string, number, string, string]> = [
    [
      'a TEL that is no number',
      CARD('TEL;TYPE=WORK:call me\r\n'),
      4,
      'INVALID_PHONE',
      'TEL "call me" is not a valid phone number',
    ],
    [
      'a national TEL and no country',
      CARD('TEL:030 901820\r\n'),
      4,
      'INVALID_PHONE',
      'no country: pass defaultCountry',
    ],
    [
      'a bad EMAIL',
      CARD('EMAIL;TYPE=INTERNET:anna@@example.de\r\n'),
      4,
      'INVALID_EMAIL',
      'EMAIL "anna@@example.de" is not a valid address',
    ],
    [
      'no END:VCARD',
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\n',
      1,
      'INVALID_VCARD',
      'the card that starts here has no END:VCARD',
    ],
    [
      'a line with no colon',
      CARD('TEL +49 30 901820\r\n'),
      4,
      'INVALID_VCARD',
      '"TEL +49 30 901820" is not a property line',
    ],
    [
      'an unknown VERSION',
      CARD('').replace('VERSION:3.0', 'VERSION:5.0'),
      2,
      'INVALID_VCARD',
      'unsupported VERSION "5.0"',
    ],
    ['text before the card', `Contacts\r\n${CARD('')}`, 1, 'INVALID_VCARD', '"Contacts" is outside any card'],
    [
      'a card inside a card',
      CARD('BEGIN:VCARD\r\n'),
      4,
      'INVALID_VCARD',
      'BEGIN:VCARD inside the card that starts on line 1',
    ],
    ['an unclosed quote', CARD('TEL;TYPE="work:+49 30 901820\r\n'), 4, 'INVALID_VCARD', 'cannot read TEL'],
    ['END with no BEGIN', `${CARD('')}END:VCARD\r\n`, 5, 'INVALID_VCARD', 'END:VCARD with no BEGIN:VCARD'],
  ]

  it.each(vcf)('vCard, %s', (_what, text, line, code, message) => {
    const report = validateText(text, { format: 'vcard' })
    expect(report.format).toBe('vcard')
    expect(report.problems).toHaveLength(1)
    expect(report.problems[0]).toMatchObject({ line, code })
    expect(report.problems[0]!.message).toContain(message)
  })

  it('guesses the format from the text', () => {
    expect(validateText(CARD('')).format).toBe('vcard')
    expect(validateText(CARD(''))).toEqual({ format: 'vcard', contacts: 1, problems: [] })
    expect(validateText(DOC).format).toBe('json')
  })

  it('checks a single contact, an array of contacts and a directory too', () => {
    expect(validateText(JSON.stringify(anna)).problems).toEqual([])
    expect(validateText(JSON.stringify([anna, anna])).contacts).toBe(2)
    const report = validateText(JSON.stringify([anna, { ...anna, kind: 'robot' }], null, 2))
    expect(report.problems.map((p) => p.path)).toEqual(['[1].kind'])
  })
})
