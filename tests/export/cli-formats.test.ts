import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { CSV_HEADERS } from '../../src/index.js'
import { ROOT } from '../helpers/corpus.js'
import { parseCards } from './helpers.js'

const CLI = join(ROOT, 'dist', 'cli.js')
const dir = mkdtempSync(join(tmpdir(), 'pc-formats-'))
const a = join(dir, 'a.txt')
const b = join(dir, 'b.txt')
writeFileSync(a, 'Pascale Bresson    Tel. +33 (0)1 99 00 75 39    pascale.bresson@example.fr\n')
writeFileSync(
  b,
  'Press Office    Tel. +33 (0)1 99 00 76 88    presse@example.fr\nRaphaël Sart    Tel. +33 (0)1 99 00 74 51    raphael.sart@example.fr\n',
)

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'extract', a, b, '-c', 'FR', '-q', ...args], {
    encoding: 'utf8',
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('press-contacts extract --format (every contact of every input in one output)', () => {
  it.each([
    ['vcard', '3.0'],
    ['vcf', '3.0'],
    ['vcard4', '4.0'],
  ])('%s writes one vCard %s per contact', (format, version) => {
    const r = run('-f', format, '--revision', '2024-03-12T10:30:00Z')
    expect(r.code).toBe(0)
    const cards = parseCards(r.stdout)
    expect(cards.map((c) => c.getFirstPropertyValue('version'))).toEqual([version, version, version])
    expect(r.stdout).toMatch(/^REV:/m)
  })

  it('jcard writes a JSON array of three jCards', () => {
    const r = run('--format', 'jcard')
    expect(r.code).toBe(0)
    const list = JSON.parse(r.stdout) as unknown[][]
    expect(list.map((j) => j[0])).toEqual(['vcard', 'vcard', 'vcard'])
  })

  it.each(['google', 'outlook'] as const)('csv-%s writes the headers and one row per contact', (flavor) => {
    const r = run('-f', `csv-${flavor}`)
    expect(r.code).toBe(0)
    const rows = parse(r.stdout.replace(/^\uFEFF/, '')) as string[][]
    expect(rows[0]).toEqual([...CSV_HEADERS[flavor]])
    expect(rows).toHaveLength(4)
  })

  it('json writes one document with every contact', () => {
    const doc = JSON.parse(run('-f', 'json').stdout)
    expect(doc.contacts).toHaveLength(3)
  })

  it('rejects an unknown format and a revision that is not a date with status 2', () => {
    const r = run('-f', 'xml')
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/json, vcard, vcard4, jcard, csv-google, csv-outlook/)
    expect(run('-f', 'vcard', '--revision', 'soon').code).toBe(2)
  })
})
