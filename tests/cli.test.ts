import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT } from './helpers/corpus.js'

const CLI = join(ROOT, 'dist', 'cli.js')
const BLOCK =
  'Pascale Bresson    Tel. +33 (0)1 99 00 75 39    pascale.bresson@example.fr\nPress Office    Tel. +33 (0)1 99 00 76 88    presse@example.fr\n'

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input: input ?? '', encoding: 'utf8', cwd: ROOT })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('press-contacts CLI (as a child process)', () => {
  it('reads stdin when no file is named and writes JSON to stdout', () => {
    const r = run(['extract', '--country', 'FR'], BLOCK)
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(doc.version).toBe(1)
    expect(doc.contacts.map((c: { name: string; kind: string }) => [c.kind, c.name])).toEqual([
      ['individual', 'Pascale Bresson'],
      ['org', 'Press Office'],
    ])
  })

  it('reads files and writes vCards to --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pc-cli-'))
    const file = join(dir, 'block.txt')
    writeFileSync(file, BLOCK)
    const out = join(dir, 'out.vcf')
    const r = run(['extract', file, '-c', 'FR', '--format', 'vcard', '--out', out])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    const vcf = readFileSync(out, 'utf8')
    expect(vcf.match(/BEGIN:VCARD/g)).toHaveLength(2)
    expect(vcf).toContain('TEL;TYPE=WORK,VOICE:+33199007539')
  })

  it('runs the main job on the bundled example release', () => {
    const r = run(['extract', join(ROOT, 'examples', 'release.txt'), '--country', 'FR', '--format', 'vcard'])
    expect(r.code).toBe(0)
    expect(r.stdout.match(/BEGIN:VCARD/g)).toHaveLength(4)
    expect(r.stdout).not.toMatch(/REV:/)
  })

  it('exits 2 with a message on a bad flag or an unknown format', () => {
    const bad = run(['extract', '--colour', 'red'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/Unknown option '--colour'/)
    const fmt = run(['extract', '--format', 'xml'], BLOCK)
    expect(fmt.code).toBe(2)
    expect(fmt.stderr).toMatch(/unknown format 'xml'/)
    expect(run(['frobnicate']).code).toBe(2)
    expect(run(['extract', '--country', 'ZZ'], BLOCK).code).toBe(2)
  })

  it('exits 1 when a file cannot be read, and says which', () => {
    const missing = run(['extract', join(ROOT, 'no-such-file.txt')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/cannot read .*no-such-file\.txt: ENOENT/)
    if (process.getuid?.() !== 0) {
      const dir = mkdtempSync(join(tmpdir(), 'pc-cli-'))
      const file = join(dir, 'locked.txt')
      writeFileSync(file, BLOCK)
      chmodSync(file, 0)
      expect(run(['extract', file]).code).toBe(1)
    }
  })

  it('prints help with examples, and the version', () => {
    const help = run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Examples:/)
    const version = run(['--version'])
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(version.stdout.trim()).toBe(pkg.version)
  })

  it('reports warnings on stderr with file and line', () => {
    const r = run(['extract'], 'Tel 0123 456 789 0123 4567 89\n')
    expect(r.stderr).toMatch(/<stdin>:1: INVALID_PHONE/)
    expect(r.code).toBe(1)
  })
})
