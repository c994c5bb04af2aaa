import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runStream, type StreamIO } from '../src/cli-stream.js'

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js')
const A = 'Pascale Bresson    Tel. +33 (0)1 44 76 75 39    pascale.bresson@cnes.fr'
const B = 'Press Office\nTel: +44 20 7946 0950\npress@example.org'
const lines = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))

describe('press-contacts stream', () => {
  it('writes one JSON line per form-feed separated document on stdin', () => {
    const out = execFileSync('node', [CLI, 'stream'], { input: `${A}\f\f${B}\n`, encoding: 'utf8' })
    const rows = lines(out)
    expect(rows.map((r) => [r.index, r.source])).toEqual([
      [0, '<stdin>'],
      [1, '<stdin>'],
    ])
    expect(rows[0].contacts[0].phones[0].e164).toBe('+33144767539')
    expect(rows[1].contacts[0].emails).toEqual(['press@example.org'])
  })

  it('reads the .txt files of a folder in name order, one document each', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-stream-'))
    writeFileSync(join(dir, 'b.txt'), B)
    writeFileSync(join(dir, 'a.txt'), A)
    writeFileSync(join(dir, 'notes.md'), 'ignored +33 1 44 76 75 39')
    const rows = lines(execFileSync('node', [CLI, 'stream', dir], { encoding: 'utf8' }))
    expect(rows.map((r) => r.source)).toEqual(['a.txt', 'b.txt'])
  })

  it('exits 2 on an unknown country and 1 on a missing folder, with no progress bar off a terminal', () => {
    const bad = spawnSync('node', [CLI, 'stream', '-c', 'ZZ'], { input: A, encoding: 'utf8' })
    expect(bad.status).toBe(2)
    const missing = spawnSync('node', [CLI, 'stream', join(tmpdir(), 'no-such-dir-pc')], { encoding: 'utf8' })
    expect(missing.status).toBe(1)
    expect(missing.stderr).toMatch(/cannot read .*ENOENT/)
    expect(missing.stderr).not.toContain('\r')
  })
})

describe('runStream progress bar', () => {
  const fakeIO = (isTTY: boolean, msPerDoc: number) => {
    let clock = 0
    const err: string[] = []
    const out: string[] = []
    const io: StreamIO = {
      isDirectory: async () => false,
      list: async () => [],
      open: () => [Array.from({ length: 30 }, () => A).join('\f')],
      write: (t) => void out.push(t),
      error: (t) => void err.push(t),
      isTTY,
      now: () => (clock += msPerDoc),
    }
    return { io, err, out }
  }

  it('is drawn on a terminal once the job runs over a second, and cleared at the end', async () => {
    const { io, err, out } = fakeIO(true, 200)
    expect(await runStream('-', { extract: {} }, io)).toBe(0)
    expect(out).toHaveLength(30)
    expect(err.some((e) => /\r\x1b\[K\d+ documents/.test(e))).toBe(true)
    expect(err.at(-1)).toBe('\r\x1b[K')
  })

  it('is not drawn for a short job or when stderr is not a terminal', async () => {
    expect(
      await (async () => {
        const f = fakeIO(true, 1)
        await runStream('-', { extract: {} }, f.io)
        return f.err
      })(),
    ).toEqual([])
    const f = fakeIO(false, 500)
    await runStream('-', { extract: {} }, f.io)
    expect(f.err).toEqual([])
  })
})
