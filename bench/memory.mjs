// npm run bench:memory: streams a generated 200 MB corpus (documents separated by form feeds,
// generated on the fly, never written to disk) through `press-contacts stream -` and through the
// extractStream API, each in its own process, and fails when a peak RSS exceeds the budget.
// Options: --mb=N (corpus size, default 200), --budget=N (MB, default 150).
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { blocks, releases } from './texts.mjs'

const arg = (name, dflt) =>
  Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt)
const MB = 1_000_000
const total = arg('mb', 200) * MB
const budget = arg('budget', 150)
const root = fileURLToPath(new URL('..', import.meta.url))

/** Documents until `bytes` characters: releases and blocks, each made unique, and a few oversized ones. */
function* corpus(bytes) {
  const docs = [...releases(), ...blocks().map((b) => b.text)]
  let size = 0
  for (let i = 0; size < bytes; i++) {
    // every 20,000th document is 3 MB with no form feed: it must be skipped, not held
    const doc =
      i % 20_000 === 19_999
        ? 'x'.repeat(3 * MB)
        : `${docs[i % docs.length]}\n\nRef. ${i} / ${String(i % 9973).padStart(4, '0')}\n`
    size += doc.length + 1
    yield `${doc}\f`
  }
}

/** Runs node with an exit hook that prints the process's peak RSS; resolves { maxRSS MB, stdout bytes, code }. */
function runNode(args, input) {
  const hook = `data:text/javascript,process.on("exit",()=>process.stderr.write("MAXRSS "+process.resourceUsage().maxRSS+"\\n"))`
  const child = spawn(
    process.execPath,
    [...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), '--import', hook, ...args],
    {
      cwd: root,
      stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    },
  )
  let out = 0
  let lines = 0
  let err = ''
  child.stdout.on('data', (d) => {
    out += d.length
    for (const c of d) if (c === 10) lines++
  })
  child.stderr.on('data', (d) => {
    err += d
  })
  if (input)
    (async () => {
      for (const doc of input)
        if (!child.stdin.write(doc)) await new Promise((r) => child.stdin.once('drain', r))
      child.stdin.end()
    })()
  return new Promise((resolve) =>
    child.on('close', (code) => {
      const kb = Number(/MAXRSS (\d+)/.exec(err)?.[1] ?? Number.NaN)
      resolve({ code, maxRSS: kb / 1024, out, lines, err: err.replace(/MAXRSS \d+\n/, '') })
    }),
  )
}

if (process.argv.includes('--child-api')) {
  // the API path, in a child: generator -> splitDocuments -> extractStream
  const { extractStream, splitDocuments } = await import('../dist/index.js')
  let docs = 0
  let contacts = 0
  for await (const r of extractStream(splitDocuments(corpus(total)))) {
    docs++
    contacts += r.contacts.length
  }
  console.log(JSON.stringify({ docs, contacts }))
} else {
  let failed = false
  const show = (what, r, t0) => {
    const ok = r.maxRSS <= budget && (r.code === 0 || r.code === 1)
    if (!ok) failed = true
    const secs = ((performance.now() - t0) / 1000).toFixed(0)
    console.log(
      `${ok ? 'ok  ' : 'FAIL'} ${what}: peak RSS ${r.maxRSS.toFixed(0)} MB (budget ${budget} MB), ` +
        `${r.lines} lines, ${(r.out / MB).toFixed(0)} MB out, exit ${r.code}, ${secs} s`,
    )
    if (r.code !== 0 && r.code !== 1) console.log(r.err.slice(0, 2000))
  }
  console.log(`# ${total / MB} MB corpus, generated on the fly`)
  let t0 = performance.now()
  show('CLI  press-contacts stream -', await runNode(['dist/cli.js', 'stream', '-'], corpus(total)), t0)
  t0 = performance.now()
  // the API with a 64 MB old-space limit: a leak or a held corpus would crash it
  show(
    'API  extractStream(splitDocuments(...)), old space 64 MB',
    await runNode(['--max-old-space-size=64', 'bench/memory.mjs', '--child-api', `--mb=${total / MB}`]),
    t0,
  )
  process.exitCode = failed ? 1 : 0
}
