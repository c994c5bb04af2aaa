import { isPressContactsError } from './errors.js'
import type { ExtractOptions } from './extract/extract.js'
import { extractStream, splitDocuments } from './stream.js'

/**
 * What `press-contacts stream` needs from the outside world. src/cli.ts passes Node's; keeping the
 * I/O injected keeps this module free of `node:` imports and testable.
 */
export interface StreamIO {
  /** Whether `path` is a directory (false for a file; throws when it does not exist). */
  isDirectory(path: string): Promise<boolean>
  /** The names of the entries of a directory. */
  list(dir: string): Promise<string[]>
  /** The bytes of a file, or of stdin for '-', as chunks. */
  open(path: string): AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>
  /** Writes to stdout; resolves once the data may be written again (backpressure). */
  write(text: string): Promise<void> | void
  /** Writes to stderr. */
  error(text: string): void
  /** Whether stderr is a terminal (a progress bar is drawn only then). */
  isTTY: boolean
  /** A monotonic clock in milliseconds, for the progress bar only. */
  now(): number
  /** Called after each document: the CLI uses it to keep the heap small on long runs. */
  afterDocument?(): void
}

/** Options of {@link runStream}. */
export interface StreamCommandOptions {
  extract: ExtractOptions
}

interface Source {
  name: string
  path: string
}

const PROGRESS_AFTER_MS = 1000
const PROGRESS_EVERY_MS = 100

/**
 * `press-contacts stream [DIR|FILE|-]`: reads a folder of .txt files (sorted by name) or a file or
 * stdin holding documents separated by form feeds, and writes one JSON line per document:
 * `{ index, source, contacts, warnings, error? }`. Memory stays bounded by the largest document.
 * Returns the exit status: 0, or 1 when a document or file could not be read.
 */
export async function runStream(
  target: string,
  options: StreamCommandOptions,
  io: StreamIO,
): Promise<number> {
  let sources: Source[]
  try {
    if (target !== '-' && (await io.isDirectory(target))) {
      const names = (await io.list(target)).filter((n) => n.endsWith('.txt')).sort()
      sources = names.map((n) => ({ name: n, path: joinPath(target, n) }))
    } else sources = [{ name: target === '-' ? '<stdin>' : target, path: target }]
  } catch (err) {
    io.error(`press-contacts: cannot read ${target}: ${errorCode(err)}\n`)
    return 1
  }
  const progress = new Progress(io, sources.length > 1 ? sources.length : null)
  let index = 0
  let failed = false
  for (const source of sources) {
    let bytes = 0
    const counted = async function* () {
      for await (const chunk of io.open(source.path)) {
        bytes += chunk.length
        yield chunk
      }
    }
    const docs = splitDocuments(counted(), { maxLength: options.extract.maxLength })
    const results = extractStream(docs, options.extract)
    try {
      for await (const r of results) {
        const line: Record<string, unknown> = {
          index: index++,
          source: source.name,
          contacts: r.contacts,
          warnings: r.warnings,
        }
        if (r.error) {
          line.error = r.error
          failed = true
        }
        await io.write(`${JSON.stringify(line)}\n`)
        progress.tick(bytes, false)
        io.afterDocument?.()
      }
    } catch (err) {
      if (isPressContactsError(err)) throw err
      progress.clear()
      io.error(`press-contacts: cannot read ${source.name}: ${errorCode(err)}\n`)
      failed = true
    }
    progress.tick(bytes, true)
  }
  progress.clear()
  return failed ? 1 : 0
}

function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') || dir.endsWith('\\') ? dir + name : `${dir}/${name}`
}

function errorCode(err: unknown): string {
  return (err as { code?: string }).code ?? (err as Error).message
}

/** A one-line progress bar on stderr, drawn only on a terminal and only once a job runs over a second. */
class Progress {
  private readonly start: number
  private last = 0
  private docs = 0
  private files = 0
  private bytes = 0
  private drawn = false

  constructor(
    private readonly io: StreamIO,
    private readonly totalFiles: number | null,
  ) {
    this.start = io.now()
  }

  /** Counts one document (or, with `fileDone`, the end of a file) and redraws at most 10 times a second. */
  tick(fileBytes: number, fileDone: boolean): void {
    if (fileDone) {
      this.files++
      this.bytes += fileBytes
    } else this.docs++
    if (!this.io.isTTY) return
    const now = this.io.now()
    if (now - this.start < PROGRESS_AFTER_MS || now - this.last < PROGRESS_EVERY_MS) return
    this.last = now
    const mb = (this.bytes + (fileDone ? 0 : fileBytes)) / 1e6
    const rate = this.docs / ((now - this.start) / 1000)
    let bar = ''
    if (this.totalFiles) {
      const done = Math.min(1, this.files / this.totalFiles)
      const width = 24
      const full = Math.round(done * width)
      bar = `[${'#'.repeat(full)}${' '.repeat(width - full)}] ${this.files}/${this.totalFiles} files `
    }
    this.io.error(`\r\x1b[K${bar}${this.docs} documents, ${mb.toFixed(1)} MB, ${rate.toFixed(0)} docs/s`)
    this.drawn = true
  }

  clear(): void {
    if (this.drawn) this.io.error('\r\x1b[K')
    this.drawn = false
  }
}
