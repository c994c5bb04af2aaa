#!/usr/bin/env node
// Interop check: store every card in a throwaway Radicale (Debian's, run with /usr/bin/python3)
// over CardDAV and read it back.
//
//   node radicale_check.mjs [--expected expected.json] FILE.vcf...
//
// Starts `python3 -m radicale` on 127.0.0.1 (free port, config and storage in a mkdtemp dir,
// auth none, rights owner_only, no TLS), creates one address book per file with an extended
// MKCOL, PUTs every card as its own .vcf (expects 201), GETs it back (expects 200) and checks
// that FN, TEL and EMAIL values are unchanged (after unfolding), then PROPFINDs the address book
// and checks the number of stored cards. With --expected, also checks the card count and each
// card's FN / TEL set / EMAIL set against expected.json (same rules as vobject_check.py).
// One request at a time, a timeout on each, loopback only; the server is killed by its PID in
// a finally, and the temp dir removed. Last line:
//   radicale: N cards checked in F files, P problems
// A value that comes back differing only in backslash escaping (vobject re-escapes ';' in tel:
// URIs) is printed as a note and does not fail the check.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

const PYTHON = process.env.INTEROP_PYTHON ?? '/usr/bin/python3'
const HOST = '127.0.0.1'
const REQUEST_TIMEOUT_MS = 10_000
const STARTUP_TIMEOUT_MS = 20_000

const problems = []
const notes = []
const fail = (msg) => problems.push(msg)

/** Split a multi-card file into the exact text of each card, CRLF line ends kept. */
export function splitCards(text) {
  const cards = []
  let current = null
  for (const line of text.split(/(?<=\r\n|\n)/)) {
    const bare = line.replace(/\r?\n$/, '')
    if (/^BEGIN:VCARD$/i.test(bare)) current = []
    if (current) current.push(line)
    if (/^END:VCARD$/i.test(bare) && current) {
      cards.push(current.join(''))
      current = null
    }
  }
  return cards
}

/** Unfold, then return { NAME: [raw value, ...] } for FN, TEL, EMAIL (group prefixes ignored). */
export function props(card) {
  const unfolded = card.replace(/\r?\n[ \t]/g, '')
  const out = { FN: [], TEL: [], EMAIL: [], UID: [] }
  for (const line of unfolded.split(/\r?\n/)) {
    // name[;params]:value, where a colon inside a quoted parameter value does not end the name.
    const m = /^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;[^:"]*(?:"[^"]*"[^:"]*)*)*):(.*)$/.exec(line)
    if (!m) continue
    const name = m[1].toUpperCase()
    if (name in out) out[name].push(m[3])
  }
  return out
}

const unescapeText = (v) => v.replace(/\\([\\,;nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c))

/** Same normalisation as vobject_check.py's norm_tel: "+E164[;ext=N]". */
export function normTel(value) {
  let v = value.trim()
  let ext = null
  let number
  if (/^tel:/i.test(v)) {
    const parts = v.slice(4).split(';')
    number = parts[0]
    for (const p of parts.slice(1)) {
      const [k, val] = p.split('=')
      if (k.toLowerCase() === 'ext') ext = val
    }
  } else {
    v = unescapeText(v)
    const m = /(?:;\s*ext=|\s*(?:ext\.?|extension|x|poste)\s*)(\d+)\s*$/i.exec(v)
    number = v
    if (m) {
      ext = m[1]
      number = v.slice(0, m.index)
    }
  }
  number = number.replace(/[\s().-]/g, '')
  return number + (ext ? `;ext=${ext}` : '')
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b)
const sorted = (a) => [...a].sort()

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, HOST, () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

async function request(base, method, path, { body, headers = {} } = {}) {
  const res = await fetch(base + path, {
    method,
    body,
    headers,
    redirect: 'manual',
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await res.text()
  return { status: res.status, text, headers: res.headers }
}

const MKCOL_ADDRESSBOOK = `<?xml version="1.0" encoding="utf-8"?>
<D:mkcol xmlns:D="DAV:" xmlns:CR="urn:ietf:params:xml:ns:carddav">
  <D:set>
    <D:prop>
      <D:resourcetype><D:collection/><CR:addressbook/></D:resourcetype>
      <D:displayname>press-contacts interop</D:displayname>
    </D:prop>
  </D:set>
</D:mkcol>
`

const PROPFIND_ETAG = `<?xml version="1.0" encoding="utf-8"?>
<D:propfind xmlns:D="DAV:"><D:prop><D:getetag/></D:prop></D:propfind>
`

async function main(argv) {
  let expected = null
  const files = []
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--expected') expected = JSON.parse(readFileSync(argv[++i], 'utf8'))
    else files.push(argv[i])
  }
  if (files.length === 0) {
    console.error('usage: node radicale_check.mjs [--expected expected.json] FILE.vcf...')
    return 2
  }

  const dir = mkdtempSync(join(tmpdir(), 'press-contacts-radicale-'))
  const port = await freePort()
  const configPath = join(dir, 'config')
  writeFileSync(
    configPath,
    [
      '[server]',
      `hosts = ${HOST}:${port}`,
      'max_connections = 2',
      'timeout = 10',
      'ssl = False',
      '[encoding]',
      'request = utf-8',
      'stock = utf-8',
      '[auth]',
      'type = none',
      '[rights]',
      'type = owner_only',
      '[storage]',
      `filesystem_folder = ${join(dir, 'collections')}`,
      '[web]',
      'type = none',
      '[logging]',
      'level = warning',
      '',
    ].join('\n'),
  )

  let child = null
  let stderr = ''
  let exited = null
  const killChild = () => {
    if (child && exited === null) {
      try {
        process.kill(child.pid, 'SIGTERM')
      } catch {}
    }
  }
  const onSignal = (sig) => {
    killChild()
    rmSync(dir, { recursive: true, force: true })
    process.exit(sig === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)

  let total = 0
  try {
    child = spawn(PYTHON, ['-m', 'radicale', '--config', configPath], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir, LANG: 'C.UTF-8' },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (d) => {
      stderr = (stderr + d).slice(-20_000)
    })
    const exitedP = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        exited = { code, signal }
        resolve()
      })
      child.on('error', (err) => {
        exited = { code: null, signal: null, err }
        resolve()
      })
    })

    const base = `http://${HOST}:${port}`
    // Wait until the server answers (bounded).
    const deadline = Date.now() + STARTUP_TIMEOUT_MS
    for (;;) {
      if (exited) {
        throw new Error(
          `radicale exited during startup (${JSON.stringify(exited.err?.message ?? exited)}):\n${stderr}`,
        )
      }
      try {
        const r = await fetch(`${base}/`, { method: 'OPTIONS', signal: AbortSignal.timeout(1000) })
        await r.arrayBuffer()
        break
      } catch {}
      if (Date.now() > deadline)
        throw new Error(`radicale did not answer within ${STARTUP_TIMEOUT_MS} ms:\n${stderr}`)
      await sleep(150)
    }

    const home = '/interop/'
    let r = await request(base, 'MKCOL', home)
    if (r.status !== 201) throw new Error(`MKCOL ${home}: HTTP ${r.status} ${r.text}`)

    for (const [fi, file] of files.entries()) {
      const tag = basename(file).replace(/[^A-Za-z0-9.-]/g, '_')
      const book = `${home}book-${fi + 1}-${tag}/`
      r = await request(base, 'MKCOL', book, {
        body: MKCOL_ADDRESSBOOK,
        headers: { 'Content-Type': 'application/xml; charset=utf-8' },
      })
      if (r.status !== 201) {
        fail(`${file}: extended MKCOL ${book}: HTTP ${r.status} ${r.text.trim()}`)
        continue
      }
      const text = readFileSync(file, 'utf8')
      const cards = splitCards(text)
      const wantVersion = /([34]\.0)\.vcf$/.exec(file)?.[1]
      if (expected) {
        const want = expected.counts?.[wantVersion] ?? expected.contacts.length
        if (cards.length !== want) fail(`${file}: card count ${cards.length}, expected ${want}`)
      }
      // A contact lists the versions whose file holds its card (all when absent).
      const expContacts = expected?.contacts.filter(
        (c) => !wantVersion || (c.versions ?? [wantVersion]).includes(wantVersion),
      )
      let _stored = 0
      const uids = new Map() // UID -> "card N (source)" of the first card that carried it
      // Cards of different releases may carry the same UID on purpose (the same desk, derived from
      // its identity): a real address book updates the card. Each repeat goes to an address book of
      // its own, as if imported from another file, so every PUT is still a creation (201).
      const books = [book]
      const booksByUid = new Map() // UID -> books that already hold it
      const storedPerBook = new Map([[book, 0]])
      for (const [i, card] of cards.entries()) {
        const n = i + 1
        const where = `${file} card ${n}`
        const sent = props(card)
        const uid = sent.UID[0]
        const used = uid === undefined ? [] : (booksByUid.get(uid) ?? [])
        let target = books.find((b) => !used.includes(b))
        if (!target) {
          target = `${home}book-${fi + 1}-${tag}-repeat-${books.length}/`
          const mk = await request(base, 'MKCOL', target, {
            body: MKCOL_ADDRESSBOOK,
            headers: { 'Content-Type': 'application/xml; charset=utf-8' },
          })
          if (mk.status !== 201) fail(`${file}: extended MKCOL ${target}: HTTP ${mk.status}`)
          books.push(target)
          storedPerBook.set(target, 0)
        }
        if (uid !== undefined) booksByUid.set(uid, [...used, target])
        const href = `${target}card-${String(n).padStart(4, '0')}.vcf`
        const label = `card ${n}${expContacts?.[i] ? ` (${expContacts[i].source})` : ''}`
        const firstWithUid = uid === undefined ? undefined : uids.get(uid)
        if (uid !== undefined && firstWithUid === undefined) uids.set(uid, label)
        const errBefore = stderr.length
        r = await request(base, 'PUT', href, {
          body: card,
          headers: { 'Content-Type': 'text/vcard; charset=utf-8', 'If-None-Match': '*' },
        })
        if (r.status !== 201) {
          const log = stderr.slice(errBefore).trim()
          const clash =
            r.status === 409 && firstWithUid ? `\n    UID ${uid} was already stored by ${firstWithUid}` : ''
          fail(
            `${where}${expContacts?.[i] ? ` (${expContacts[i].source})` : ''}: PUT HTTP ${r.status} ${r.text.replace(/\s*\n\s*/g, ' ').trim()}${clash}${log ? `\n    radicale log: ${log.replace(/\n/g, '\n    ')}` : ''}`,
          )
          continue
        }
        _stored++
        storedPerBook.set(target, (storedPerBook.get(target) ?? 0) + 1)
        r = await request(base, 'GET', href)
        if (r.status !== 200) {
          fail(`${where}: GET HTTP ${r.status}`)
          continue
        }
        total++
        const got = props(r.text)
        for (const key of ['FN', 'TEL', 'EMAIL']) {
          if (same(got[key], sent[key])) continue
          const msg = `${key} sent ${JSON.stringify(sent[key])}, got back ${JSON.stringify(got[key])}`
          // Radicale re-serialises with vobject, which backslash-escapes ';' and ',' in every value,
          // tel: URIs included (tel:+33...;ext=204 comes back as tel:+33...\;ext=204). Readers
          // unescape it (ez-vcard reads the same TelUri back), so a difference in escaping only is
          // reported as a note, not a failure.
          if (same(got[key].map(unescapeText), sent[key].map(unescapeText)))
            notes.push(`${where}: escaping only: ${msg}`)
          else fail(`${where}: changed by the store: ${msg}`)
        }
        if (sent.FN.length === 0 || !unescapeText(sent.FN[0]).trim()) fail(`${where}: missing or empty FN`)
        const exp = expContacts?.[i]
        if (exp) {
          const fn = sent.FN.length ? unescapeText(sent.FN[0]) : null
          if (fn !== exp.fn)
            fail(`${where}: FN ${JSON.stringify(fn)}, expected ${JSON.stringify(exp.fn)} (${exp.source})`)
          const tels = sorted(sent.TEL.map(normTel))
          if (!same(tels, sorted(exp.tel))) {
            fail(
              `${where}: TEL ${JSON.stringify(tels)} (raw ${JSON.stringify(sent.TEL)}), expected ${JSON.stringify(exp.tel)} (${exp.source})`,
            )
          }
          const emails = sorted(sent.EMAIL.map(unescapeText))
          if (!same(emails, sorted(exp.email))) {
            fail(
              `${where}: EMAIL ${JSON.stringify(emails)}, expected ${JSON.stringify(exp.email)} (${exp.source})`,
            )
          }
        }
      }
      // Each address book must list exactly the cards stored in it.
      for (const b of books) {
        r = await request(base, 'PROPFIND', b, {
          body: PROPFIND_ETAG,
          headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
        })
        if (r.status !== 207) fail(`${file}: PROPFIND ${b}: HTTP ${r.status}`)
        else {
          const listed = (r.text.match(/\.vcf<\/(?:[A-Za-z]+:)?href>/g) ?? []).length
          const want = storedPerBook.get(b) ?? 0
          if (listed !== want) fail(`${file}: address book ${b} lists ${listed} cards, ${want} were stored`)
        }
      }
    }
    await exitedPromiseGuard(exitedP)
  } catch (e) {
    fail(`radicale check aborted: ${e?.stack ?? e}`)
  } finally {
    if (child && exited === null) {
      killChild()
      const t0 = Date.now()
      while (exited === null && Date.now() - t0 < 5000) await sleep(50)
      if (exited === null) {
        try {
          process.kill(child.pid, 'SIGKILL')
        } catch {}
      }
    }
    rmSync(dir, { recursive: true, force: true })
    process.removeListener('SIGINT', onSignal)
    process.removeListener('SIGTERM', onSignal)
  }

  // Notes repeat one store behaviour: show a few.
  for (const p of notes.slice(0, 3)) console.log(`radicale: note ${p}`)
  if (notes.length > 3) console.log(`radicale: note ... and ${notes.length - 3} more of the same kind`)
  for (const p of problems) console.log(`radicale: FAIL ${p}`)
  console.log(
    `radicale: ${total} cards checked in ${files.length} files, ${problems.length} problems` +
      (notes.length ? ` (${notes.length} note(s): values only re-escaped by the store)` : ''),
  )
  return problems.length ? 1 : 0
}

// The server must still be running after the last request; if it died, say so.
async function exitedPromiseGuard(exitedP) {
  const done = await Promise.race([exitedP.then(() => true), sleep(0).then(() => false)])
  if (done) throw new Error('radicale exited before the check finished')
}

process.exitCode = await main(process.argv.slice(2))
