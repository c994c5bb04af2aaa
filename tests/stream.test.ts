import { describe, expect, it } from 'vitest'
import { extractContacts, extractStream, type StreamResult, splitDocuments } from '../src/index.js'

const collect = async <T>(it: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = []
  for await (const x of it) out.push(x)
  return out
}
const bytes = (s: string) => new TextEncoder().encode(s)

describe('splitDocuments', () => {
  it('splits text chunks at form feeds, across chunk boundaries, skipping blank documents', async () => {
    const docs = await collect(splitDocuments(['one\nline', ' two\fsec', 'ond\f\f  \n\f', 'third']))
    expect(docs).toEqual(['one\nline two', 'second', 'third'])
  })

  it('decodes UTF-8 bytes whose characters are split across chunks', async () => {
    const all = bytes('Raphaël Sart\fJosé Núñez')
    // cut inside the two-byte 'ë' and the two-byte 'ú'
    const cut1 = all.indexOf(0xc3) + 1
    const cut2 = all.lastIndexOf(0xc3) + 1
    const chunks = [all.slice(0, cut1), all.slice(cut1, cut2), all.slice(cut2)]
    expect(await collect(splitDocuments(chunks))).toEqual(['Raphaël Sart', 'José Núñez'])
  })

  it('keeps at most maxLength + 1 characters of an oversized document and goes on', async () => {
    const chunks = (function* () {
      for (let i = 0; i < 50; i++) yield 'x'.repeat(1000)
      yield '\fnext'
    })()
    const docs = await collect(splitDocuments(chunks, { maxLength: 2500 }))
    expect(docs.map((d) => d.length)).toEqual([2501, 4])
    expect(docs[1]).toBe('next')
  })
})

describe('extractStream', () => {
  const a = 'Pascale Bresson    Tel. +33 (0)1 44 76 75 39    pascale.bresson@cnes.fr'
  const b = 'Press Office\nTel: +44 20 7946 0950\npress@example.org'

  it('yields one result per document, in order, equal to extractContacts on each', async () => {
    const results = await collect(extractStream(splitDocuments([`${a}\f${b}`])))
    expect(results.map((r) => r.index)).toEqual([0, 1])
    expect(results[0]).toEqual({ index: 0, ...extractContacts(a) })
    expect(results[1]).toEqual({ index: 1, ...extractContacts(b) })
    expect(results[0]!.contacts[0]!.phones[0]!.e164).toBe('+33144767539')
    expect(results[1]!.contacts[0]!.emails).toEqual(['press@example.org'])
  })

  it('accepts a sync iterable and async generators alike', async () => {
    async function* gen() {
      yield a
      yield b
    }
    const fromAsync = await collect(extractStream(gen()))
    const fromSync = await collect(extractStream([a, b]))
    expect(fromSync).toEqual(fromAsync)
  })

  it('reports an oversized document as an error result and reads the next one', async () => {
    const results: StreamResult[] = await collect(extractStream(['x'.repeat(101), a], { maxLength: 100 }))
    expect(results[0]).toMatchObject({ index: 0, contacts: [], error: { code: 'INPUT_TOO_LARGE' } })
    expect(results[1]!.contacts).toHaveLength(1)
  })

  it('throws on bad options instead of reporting every document', async () => {
    await expect(collect(extractStream([a], { defaultCountry: 'ZZ' }))).rejects.toMatchObject({
      code: 'INVALID_COUNTRY',
    })
  })
})
