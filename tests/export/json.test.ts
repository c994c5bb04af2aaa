import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import {
  DOCUMENT_SCHEMA_URL,
  DOCUMENT_VERSION,
  extractContacts,
  fromJSON,
  isPressContactsError,
  toJSON,
} from '../../src/index.js'
import { ROOT } from '../helpers/corpus.js'
import { desk, person } from './helpers.js'

const schemaPath = join(ROOT, 'schema', 'contacts.schema.json')
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>
// formats are left to the pattern the schema also carries (ajv knows no "idn-email" without plugins)
const validate = new Ajv2020({ strict: true, validateFormats: false }).compile(schema)

const errorOf = (f: () => unknown) => {
  try {
    f()
  } catch (e) {
    return e
  }
  throw new Error('did not throw')
}

describe('toJSON / fromJSON', () => {
  const release = readFileSync(join(ROOT, 'examples', 'release.txt'), 'utf8')
  const { contacts } = extractContacts(release, { defaultCountry: 'FR' })
  const text = toJSON(contacts)

  it('writes a versioned document that references its schema', () => {
    const doc = JSON.parse(text)
    expect(Object.keys(doc)).toEqual(['$schema', 'version', 'contacts'])
    expect(doc.$schema).toBe(DOCUMENT_SCHEMA_URL)
    expect(doc.version).toBe(DOCUMENT_VERSION)
    expect(fromJSON(text)).toEqual(contacts)
  })

  it('throws INVALID_JSON, INVALID_DOCUMENT (with paths) and INVALID_CONTACT', () => {
    expect(isPressContactsError(errorOf(() => fromJSON('{')))).toBe(true)
    expect((errorOf(() => fromJSON('{')) as { code: string }).code).toBe('INVALID_JSON')
    const bad = JSON.parse(text)
    bad.contacts[1].phones[0].e164 = '0144767539'
    const err = errorOf(() => fromJSON(JSON.stringify(bad))) as {
      code: string
      issues: { path: unknown[] }[]
    }
    expect(err.code).toBe('INVALID_DOCUMENT')
    expect(err.issues[0]!.path).toEqual(['contacts', 1, 'phones', 0, 'e164'])
    expect((errorOf(() => fromJSON('{"version":2,"contacts":[]}')) as { code: string }).code).toBe(
      'INVALID_DOCUMENT',
    )
    const wrong = { ...person(), emails: ['not an address'] }
    const e2 = errorOf(() => toJSON([person(), wrong])) as { code: string; issues: { path: unknown[] }[] }
    expect(e2.code).toBe('INVALID_CONTACT')
    expect(e2.issues[0]!.path).toEqual([1, 'emails', 0])
  })
})

describe('the published JSON Schema', () => {
  it('is the one the zod schemas generate (run `npm run build` after changing them)', async () => {
    const { execFileSync } = await import('node:child_process')
    // the build script compares the file with a fresh z.toJSONSchema of the built package
    expect(() =>
      execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-schema.mjs'), '--check'], {
        stdio: 'pipe',
      }),
    ).not.toThrow()
  })

  it('has the $id the documents point at, and is shipped in the package', () => {
    expect(schema.$id).toBe(DOCUMENT_SCHEMA_URL)
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(pkg.files).toContain('schema')
    expect(pkg.exports['./schema/contacts.schema.json']).toBe('./schema/contacts.schema.json')
  })

  it('accepts what toJSON writes and rejects what fromJSON rejects', () => {
    const doc = JSON.parse(toJSON([person(), desk({ source: { line: 2, text: 'x', uri: 'a.txt' } })]))
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true)
    const bad = structuredClone(doc)
    bad.contacts[0].phones[0].type = 'pager'
    expect(validate(bad)).toBe(false)
    const extra = structuredClone(doc)
    extra.contacts[0].nickname = 'P'
    expect(validate(extra)).toBe(false)
    const wrongVersion = { ...doc, version: 2 }
    expect(validate(wrongVersion)).toBe(false)
  })
})
