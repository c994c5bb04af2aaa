// Runs extractContacts (from the build, dist/) in a worker thread that is stopped at a deadline.
//
// A property that feeds megabyte inputs to synchronous code cannot be stopped by vitest's test timeout:
// a super-linear path turns the run into a hang, and a whole CI run waits on it. In a worker the run can be
// terminated, and the property fails with its input instead. The deadline is a hang guard, far above what
// the input should cost (npm run bench measures speed); it is no timing assertion.
import { Worker } from 'node:worker_threads'

const DIST = new URL('../../dist/index.js', import.meta.url).href

const SOURCE = `
import { parentPort } from 'node:worker_threads'
const { extractContacts } = await import(${JSON.stringify(DIST)})
parentPort.on('message', ({ text, options }) => {
  try {
    const r = extractContacts(text, options)
    parentPort.postMessage({ ok: true, contacts: r.contacts.length, warnings: r.warnings.length })
  } catch (e) {
    parentPort.postMessage({ ok: false, error: String(e && e.stack ? e.stack : e) })
  }
})
`

export interface WorkerResult {
  contacts: number
  warnings: number
}

/**
 * extractContacts(text, options) in a fresh worker; rejects if it throws or takes longer than `ms`.
 * The worker is terminated either way.
 */
export function extractWithin(text: string, options: object, ms: number): Promise<WorkerResult> {
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(SOURCE)}`))
  return new Promise<WorkerResult>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new Error(`extractContacts did not finish within ${ms} ms on ${text.length} characters (a hang?)`),
      )
      void worker.terminate()
    }, ms)
    worker.once('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    worker.once('message', (m: { ok: boolean; error?: string } & WorkerResult) => {
      clearTimeout(timer)
      void worker.terminate()
      if (m.ok) resolve({ contacts: m.contacts, warnings: m.warnings })
      else reject(new Error(`extractContacts threw: ${m.error}`))
    })
    worker.postMessage({ text, options })
  })
}
