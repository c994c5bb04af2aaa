import { describe, expect, it } from 'vitest'
import { decodeObfuscatedEmails } from '../../src/extract/obfuscation.js'
import { extractContacts } from '../../src/index.js'

const values = (line: string) => decodeObfuscatedEmails(line).decoded.map((d) => d.value)

describe('decodeObfuscatedEmails', () => {
  it.each([
    ['name [at] example [dot] com', 'name@example.com'],
    ['name(at)example.com', 'name@example.com'],
    ['name (a) example.com', 'name@example.com'],
    ['jane [dot] doe [at] example [dot] co [dot] uk', 'jane.doe@example.co.uk'],
    ['jane dot doe (at) example dot org', 'jane.doe@example.org'],
    ['presse {at} exemple (point) fr', 'presse@exemple.fr'],
    ['Press: PRESSE [AT] Example [DOT] DE', 'PRESSE@example.de'],
    ['kontakt[ät]beispiel.de', 'kontakt@beispiel.de'],
    ['m.rossi (@) esempio.it', 'm.rossi@esempio.it'],
  ])('decodes %j', (line, expected) => {
    expect(values(line)).toEqual([expected])
  })

  it('keeps the line length and every offset, and reports the span as written', () => {
    const line = 'Tel. 01 23 | press [at] example [dot] com | Paris'
    const { text, decoded } = decodeObfuscatedEmails(line)
    expect(text).toHaveLength(line.length)
    expect(decoded).toHaveLength(1)
    const d = decoded[0]!
    expect(line.slice(d.start, d.end)).toBe('press [at] example [dot] com')
    expect(d.raw).toBe('press [at] example [dot] com')
    expect(text.slice(d.start, d.start + d.value.length)).toBe('press@example.com')
    expect(text.slice(d.end)).toBe(line.slice(d.end))
  })

  it.each([
    'meet us at the stand (a) in hall 7',
    'see Section (a) example.com for details',
    'the stand (a) booth.example.com',
    'options: (a) example.com (b) example.org',
    'contact (at) the front desk',
    'name [at] localhost',
    'name [at] example [dot] 123',
    'name [at] example.c',
    'price (a) 12.50',
    '[email protected]',
    'foo.(at)example.com',
  ])('leaves %j alone', (line) => {
    const { text, decoded } = decodeObfuscatedEmails(line)
    expect(decoded).toEqual([])
    expect(text).toBe(line)
  })

  it('stays fast on a long line full of at tokens and word characters', () => {
    const line = ('a'.repeat(150) + ' (a) ').repeat(5000)
    const t0 = performance.now()
    decodeObfuscatedEmails(line)
    expect(performance.now() - t0).toBeLessThan(2000)
  })
})

describe('obfuscated e-mails in extractContacts', () => {
  it('decodes a recoverable address onto the contact', () => {
    const { contacts, warnings } = extractContacts(
      'Media contact\nJane Holloway\nTel. +44 20 7946 0321\njane.holloway [at] example [dot] org',
    )
    expect(contacts).toHaveLength(1)
    expect(contacts[0]!.emails).toEqual(['jane.holloway@example.org'])
    expect(warnings).toEqual([])
  })

  it('decodes an address on a line with nothing else on it', () => {
    const { contacts } = extractContacts('Press Office\npresse (at) exemple.fr')
    expect(contacts.flatMap((c) => c.emails)).toEqual(['presse@exemple.fr'])
  })

  it('warns about a Cloudflare placeholder it cannot recover', () => {
    const { warnings } = extractContacts(
      'Jane Holloway\nTel. +44 20 7946 0321\nEmail: [email\u00a0protected]',
    )
    expect(warnings.map((w) => [w.code, w.line])).toContainEqual(['OBFUSCATED_EMAIL', 3])
  })
})
