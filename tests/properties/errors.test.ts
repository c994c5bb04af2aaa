// Every error the public functions throw is a PressContactsError with a stable code, whatever they are given.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fc, test } from '@fast-check/vitest'
import { describe, expect, it } from 'vitest'
import * as api from '../../src/index.js'
import { ROOT } from '../helpers/corpus.js'
import { contacts, hostileText } from './arbitraries.js'
import { onlyPressContactsErrors } from './extract.suite.js'

const junk = fc.oneof(fc.anything(), contacts, fc.array(fc.anything(), { maxLength: 3 }))
const text = fc.oneof(hostileText, fc.string(), fc.json())

describe('only PressContactsError is thrown (1000 runs)', () => {
  // options: undefined or an object of anything (a null options object is left to TypeScript)
  const options = fc.option(fc.object(), { nil: undefined })
  test.prop([junk, options], { numRuns: 1000 })('toVCard, toJSON, toCSV', (value, options) => {
    onlyPressContactsErrors(() => api.toVCard(value as never, options as never))
    onlyPressContactsErrors(() => api.toJSON(value as never))
    onlyPressContactsErrors(() => api.toCSV(value as never, options as never))
    onlyPressContactsErrors(() => api.toCSV(value as never, { flavor: 'google' }))
  })

  test.prop([fc.oneof(text, fc.anything())], { numRuns: 1000 })(
    'fromJSON, fromVCard, parseContact',
    (value) => {
      onlyPressContactsErrors(() => api.fromJSON(value as never))
      onlyPressContactsErrors(() => api.fromVCard(value as never))
      onlyPressContactsErrors(() => api.parseContact(value))
    },
  )
})

it('lists every error code in the README', () => {
  const source = readFileSync(join(ROOT, 'src', 'errors.ts'), 'utf8')
  const union = /export type PressContactsErrorCode =([^;]*?)\n\n/s.exec(source)?.[1] ?? ''
  const codes = [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!)
  expect(codes.length).toBeGreaterThan(5)
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(
    readme.indexOf('### Errors'),
    readme.indexOf('\n## ', readme.indexOf('### Errors')),
  )
  for (const code of codes) expect(section, code).toContain(`| \`${code}\` |`)
})
