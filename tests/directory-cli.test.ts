import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Directory, toJSON } from '../src/index.js'
import { contact, phone } from './helpers/contacts.js'
import { ROOT } from './helpers/corpus.js'

const CLI = join(ROOT, 'dist', 'cli.js')
const VCF = join(ROOT, 'tests', 'fixtures', 'vcf')

function run(args: string[], input = '') {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', cwd: ROOT })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'pc-dir-'))
  const write = (name: string, text: string) => {
    const path = join(dir, name)
    writeFileSync(path, text)
    return path
  }
  return { dir, write }
}

describe('press-contacts merge / find / validate (as a child process)', () => {
  const ws = workspace()
  const r1 = ws.write(
    'r1.txt',
    'Media contact:\nRaphael Sart    Tel. +33 (0)1 44 76 74 51    raphael.sart@cnes.fr\n',
  )
  const r2 = ws.write(
    'r2.txt',
    'Press contacts\nRaphaël SART    Mobile +33 6 12 34 56 78\nPress Office    Tel. +33 (0)1 44 76 76 88    cnes-presse@cnes.fr\n',
  )
  const json = ws.write(
    'mine.json',
    toJSON([contact('Morgan Lee', { phones: [phone('+12025550143')], emails: ['morgan@example.com'] })]),
  )
  const out = join(ws.dir, 'directory.json')

  it('merges releases, .vcf and .json files into one directory', () => {
    const r = run(['merge', r1, r2, join(VCF, 'apple.vcf'), json, '--country', 'FR', '--out', out])
    expect(r.stderr).toContain('merged into')
    expect(r.code).toBe(0)
    const dir = Directory.fromJSON(readFileSync(out, 'utf8'))
    const names = dir.contacts.map((c) => c.name)
    // Raphaël Sart is in both releases and in apple.vcf: one contact with every number
    expect(names.filter((n) => /sart/i.test(n))).toEqual(['Raphaël Sart'])
    const raphael = dir.find('raphael')[0]!
    expect(raphael.phones.map((p) => p.e164)).toEqual(
      expect.arrayContaining(['+33144767451', '+33612345678']),
    )
    expect(
      dir.entries
        .find((e) => e.contact === raphael || e.contact.name === 'Raphaël Sart')!
        .provenance.sources.map((s) => s.uri),
    ).toEqual(expect.arrayContaining([r1, r2, join(VCF, 'apple.vcf')]))
    expect(names).toContain('Morgan Lee')
  })

  it('merges a directory with a new release, and writes any export format', () => {
    const r = run([
      'merge',
      out,
      ws.write('r3.txt', 'Contact: Morgan Lee, +1 202 555 0143, morgan.lee@example.com\n'),
      '-f',
      'vcard',
    ])
    expect(r.code).toBe(0)
    expect(r.stdout.match(/BEGIN:VCARD/g)?.length).toBe(Directory.fromJSON(readFileSync(out, 'utf8')).size)
    expect(r.stdout).toContain('EMAIL;TYPE=INTERNET:morgan.lee@example.com')
  })

  it('finds by name, e-mail, phone in any format and organisation; exit 1 when nothing matches', () => {
    expect(run(['find', 'RAPHAEL', '--in', out]).stdout).toMatch(/^Raphaël Sart\t/)
    expect(run(['find', '01 44 76 74 51', '--in', out]).stdout).toMatch(/^Raphaël Sart\t/)
    expect(run(['find', 'morgan@EXAMPLE.com', '--in', out]).stdout).toMatch(/^Morgan Lee\t/)
    const org = run(['find', '--org', 'ifremer', '--in', out, '--format', 'json'])
    expect(JSON.parse(org.stdout).contacts.map((c: { name: string }) => c.name)).toEqual([
      'Jean-Marc LE GALL',
    ])
    const none = run(['find', 'nobody', '--in', out])
    expect([none.code, none.stdout]).toEqual([1, ''])
    expect(none.stderr).toContain('no contact matches "nobody"')
    expect(run(['find', 'x']).code).toBe(2)
  })

  it('reports a shared e-mail under two names as a conflict on stderr', () => {
    const a = ws.write('a.txt', 'Marie Curie    Tel. +33 1 44 76 75 39    presse@example.fr\n')
    const b = ws.write('b.txt', 'Pierre Dupont    Tel. +33 1 44 76 75 40    presse@example.fr\n')
    const r = run(['merge', a, b, '-c', 'FR', '-o', join(ws.dir, 'conflict.json')])
    expect(r.code).toBe(0)
    expect(r.stderr).toContain(
      'SHARED_EMAIL: the e-mail presse@example.fr is given for "Marie Curie" and "Pierre Dupont"',
    )
  })

  it('validates files: exit 0 and a summary when valid, exit 1 and FILE:LINE: messages when not', () => {
    const ok = run(['validate', join(VCF, 'google.vcf'), out])
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('google.vcf: valid vCard, 3 contact(s)')
    const bad = run([
      'validate',
      join(VCF, 'malformed', 'missing-end.vcf'),
      join(VCF, 'malformed', 'bad-values.vcf'),
    ])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain(
      'missing-end.vcf:6: INVALID_VCARD: BEGIN:VCARD inside the card that starts on line 1',
    )
    expect(bad.stderr).toContain(
      'bad-values.vcf:4: INVALID_PHONE: TEL "+49 30 12" is not a valid phone number',
    )
    expect(bad.stderr).toContain('bad-values.vcf:6: INVALID_EMAIL')
    const json = run([
      'validate',
      ws.write('bad.json', '{\n  "version": 1,\n  "contacts": [\n    { "kind": "person" }\n  ]\n}\n'),
    ])
    expect(json.code).toBe(1)
    expect(json.stderr).toContain('bad.json:4: contacts[0].kind: INVALID_DOCUMENT: Invalid option')
    expect(run(['validate']).code).toBe(2)
  })

  it('keeps extract as it was and lists the new commands in --help', () => {
    const help = run(['--help']).stdout
    for (const cmd of ['merge FILE...', 'validate FILE...', 'find QUERY --in']) expect(help).toContain(cmd)
    expect(run(['extract', '-c', 'FR'], 'Pascale Bresson    Tel. +33 (0)1 44 76 75 39\n').code).toBe(0)
  })
})
