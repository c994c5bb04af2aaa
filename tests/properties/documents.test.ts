// fromJSON and the validate functions on hostile documents: prototype keys, unknown fields, wrong types,
// oversized input. Every failure is a PressContactsError with a stable code and the path of the problem.
import { fc, test } from '@fast-check/vitest'
import { afterEach, describe, expect, it } from 'vitest'
import {
  type Contact,
  fromJSON,
  isPressContactsError,
  PressContactsError,
  parseContact,
  parseDocument,
  safeParseContact,
  toJSON,
} from '../../src/index.js'
import { contact } from './arbitraries.js'

const CONTACT: Contact = {
  kind: 'individual',
  name: 'Pascale Bresson',
  givenName: 'Pascale',
  familyName: 'Bresson',
  title: null,
  organization: null,
  phones: [{ e164: '+33144767539', type: 'voice', ext: null, raw: '+33 (0)1 44 76 75 39', label: 'Tel.' }],
  emails: ['pascale.bresson@cnes.fr'],
  urls: [],
  source: { line: 1, text: 'Pascale Bresson    Tel. +33 (0)1 44 76 75 39' },
}
const doc = (contacts: unknown[] = [CONTACT]) => ({ version: 1, contacts })

function thrown(fn: () => unknown): PressContactsError {
  try {
    fn()
  } catch (e) {
    expect(isPressContactsError(e)).toBe(true)
    return e as PressContactsError
  }
  throw new Error('expected a PressContactsError, nothing was thrown')
}

const paths = (e: PressContactsError) => e.issues.map((i) => i.path.join('.'))

afterEach(() => {
  // no test may leave anything on Object.prototype
  expect(Object.keys(Object.prototype)).toEqual([])
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

describe('fromJSON rejects what a contacts document cannot hold', () => {
  it.each([
    ['__proto__ at the top', '{"version":1,"contacts":[],"__proto__":{"polluted":true}}', ''],
    [
      'constructor at the top',
      '{"version":1,"contacts":[],"constructor":{"prototype":{"polluted":true}}}',
      '',
    ],
    [
      '__proto__ in a contact',
      JSON.stringify(doc([CONTACT])).replace('"kind"', '"__proto__":{"polluted":true},"kind"'),
      'contacts.0',
    ],
    [
      'constructor in a phone',
      JSON.stringify(doc([CONTACT])).replace('"e164"', '"constructor":{"prototype":{"polluted":1}},"e164"'),
      'contacts.0.phones.0',
    ],
    [
      'prototype in the source',
      JSON.stringify(doc([CONTACT])).replace('"line":1', '"line":1,"prototype":{"polluted":1}'),
      'contacts.0.source',
    ],
  ])('%s', (_, text, path) => {
    const e = thrown(() => fromJSON(text))
    expect(e.code).toBe('INVALID_DOCUMENT')
    expect(paths(e)).toContain(path)
    expect(e.message).toMatch(/__proto__|constructor|prototype/)
  })

  it('leaves Object.prototype untouched, even when a nested __proto__ is read', () => {
    const text = JSON.stringify(doc([CONTACT])).replace(
      '"urls":[]',
      '"urls":[],"__proto__":{"polluted":"yes"}',
    )
    expect(() => fromJSON(text)).toThrow(PressContactsError)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const read = fromJSON(toJSON([CONTACT]))[0]!
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype)
    expect(Object.hasOwn(read, '__proto__')).toBe(false)
  })

  it.each([
    ['an unknown field', { ...CONTACT, nickname: 'Pat' }, 'contacts.0', /nickname/],
    ['a wrong kind', { ...CONTACT, kind: 'person' }, 'contacts.0.kind', /./],
    ['a number for a name', { ...CONTACT, name: 42 }, 'contacts.0.name', /string/],
    ['a string for phones', { ...CONTACT, phones: '+33144767539' }, 'contacts.0.phones', /array/],
    [
      'a phone that is not E.164',
      { ...CONTACT, phones: [{ ...CONTACT.phones[0], e164: '0144767539' }] },
      'contacts.0.phones.0.e164',
      /E\.164/,
    ],
    ['a bad e-mail', { ...CONTACT, emails: ['not an address'] }, 'contacts.0.emails.0', /./],
    ['line 0', { ...CONTACT, source: { line: 0, text: '' } }, 'contacts.0.source.line', /./],
  ])('%s, with its path', (_, bad, path, message) => {
    const e = thrown(() => fromJSON(JSON.stringify(doc([bad]))))
    expect(e.code).toBe('INVALID_DOCUMENT')
    expect(paths(e)).toContain(path)
    expect(e.message).toMatch(message)
  })

  it.each([
    ['a wrong version', { version: 2, contacts: [] }, 'version'],
    ['no contacts', { version: 1 }, 'contacts'],
    ['an array', [CONTACT], ''],
    ['null', null, ''],
  ])('%s', (_, value, path) => {
    const e = thrown(() => fromJSON(JSON.stringify(value)))
    expect(['INVALID_DOCUMENT', 'UNSUPPORTED_VERSION']).toContain(e.code)
    expect(paths(e)).toContain(path)
  })

  it('rejects text that is not JSON, and what is not text', () => {
    expect(thrown(() => fromJSON('{"version":1,')).code).toBe('INVALID_JSON')
    expect(thrown(() => fromJSON(42 as unknown as string)).code).toBe('INVALID_ARGUMENT')
  })

  it('rejects oversized input before parsing it', () => {
    const big = `{"version":1,"contacts":[],"$schema":"${'x'.repeat(200)}"}`
    const e = thrown(() => fromJSON(big, { maxLength: 100 }))
    expect(e.code).toBe('INPUT_TOO_LARGE')
    expect(fromJSON(big, { maxLength: big.length })).toEqual([])
  })

  test.prop([
    fc.array(contact, { minLength: 1, maxLength: 3 }),
    fc.nat(),
    fc.constantFrom('__proto__', 'constructor', 'extra'),
  ])('rejects an extra key anywhere in a valid document, naming where', (contacts, pick, key) => {
    const value = JSON.parse(toJSON(contacts)) as { contacts: Array<Record<string, unknown>> }
    const k = pick % contacts.length
    const targets: Array<[Record<string, unknown>, string]> = [
      [value as unknown as Record<string, unknown>, ''],
      [value.contacts[k]!, `contacts.${k}`],
      [value.contacts[k]!.source as Record<string, unknown>, `contacts.${k}.source`],
    ]
    const [target, path] = targets[pick % targets.length]!
    Object.defineProperty(target, key, { value: { polluted: true }, enumerable: true })
    const e = thrown(() => fromJSON(JSON.stringify(value)))
    expect(e.code).toBe('INVALID_DOCUMENT')
    expect(paths(e)).toContain(path)
  })
})

describe('validate functions', () => {
  it('parseContact rejects prototype keys, unknown fields and wrong types with paths', () => {
    const withProto = JSON.parse(`{"__proto__":{"polluted":true},${JSON.stringify(CONTACT).slice(1)}`)
    expect(thrown(() => parseContact(withProto)).code).toBe('INVALID_CONTACT')
    expect(thrown(() => parseContact({ ...CONTACT, constructor: {} })).code).toBe('INVALID_CONTACT')
    const e = thrown(() => parseContact({ ...CONTACT, phones: [{ ...CONTACT.phones[0], type: 'pager' }] }))
    expect(paths(e)).toContain('phones.0.type')
    expect(safeParseContact({ ...CONTACT, extra: 1 }).success).toBe(false)
    expect(parseContact(CONTACT)).toEqual(CONTACT)
  })

  it('parseDocument rejects a __proto__ key', () => {
    const e = thrown(() => parseDocument(JSON.parse('{"version":1,"contacts":[],"__proto__":{"x":1}}')))
    expect(e.code).toBe('INVALID_DOCUMENT')
  })
})
