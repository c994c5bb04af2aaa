import { isPressContactsError, type PressContactsErrorCode } from './errors.js'
import { DEFAULT_MAX_LENGTH, type ExtractOptions, extractContacts } from './extract/extract.js'
import type { Contact, Warning } from './model/contact.js'

/**
 * The form feed (U+000C) that separates documents in a stream.
 *
 * @example
 * writeFileSync('releases.txt', releases.join(DOCUMENT_SEPARATOR))
 */
export const DOCUMENT_SEPARATOR = '\f'

/**
 * One document's result in {@link extractStream}: its 0-based position, contacts and warnings.
 *
 * @example
 * for await (const r of extractStream(process.stdin)) if (r.error) console.warn(r.index, r.error.code)
 */
export interface StreamResult {
  /** 0-based position of the document in the input. */
  index: number
  contacts: Contact[]
  warnings: Warning[]
  /** Set when this document could not be read at all (e.g. longer than `maxLength`); the stream goes on. */
  error?: { code: PressContactsErrorCode; message: string }
}

/**
 * Options of {@link splitDocuments}.
 *
 * @example
 * const options: SplitOptions = { maxLength: 200_000 }
 * for await (const doc of splitDocuments(createReadStream('releases.txt'), options)) handle(doc)
 */
export interface SplitOptions {
  /**
   * Longest document kept, in characters (default 1,000,000). The rest of a longer document is
   * skipped, not held: the document is yielded cut at `maxLength + 1` characters so that
   * {@link extractContacts} reports it as `INPUT_TOO_LARGE`. This bounds memory whatever the input.
   */
  maxLength?: number
}

/**
 * Splits a stream of text or bytes (UTF-8) into documents at form feeds (`\f`), without holding
 * more than one document. Empty documents (nothing but white space) are skipped. Pure: takes any
 * async iterable, such as `fs.createReadStream(path)`, `process.stdin` or a `ReadableStream` body.
 *
 * @param chunks - strings or UTF-8 byte chunks; a multi-byte character may be split across chunks
 * @param options - `maxLength` bounds the characters kept per document
 * @returns the documents, in order
 * @example
 * for await (const doc of splitDocuments(process.stdin)) console.log(doc.length)
 */
export async function* splitDocuments(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options: SplitOptions = {},
): AsyncGenerator<string> {
  const limit = (options.maxLength ?? DEFAULT_MAX_LENGTH) + 1
  const decoder = new TextDecoder('utf-8')
  let parts: string[] = []
  let size = 0
  const add = (piece: string) => {
    if (size >= limit || piece.length === 0) return
    const kept = piece.length > limit - size ? piece.slice(0, limit - size) : piece
    parts.push(kept)
    size += kept.length
  }
  const take = (): string | null => {
    const doc = parts.length === 1 ? parts[0]! : parts.join('')
    parts = []
    size = 0
    return doc.trim() === '' ? null : doc
  }
  const feed = function* (text: string): Generator<string> {
    let from = 0
    for (let at = text.indexOf(DOCUMENT_SEPARATOR); at >= 0; at = text.indexOf(DOCUMENT_SEPARATOR, from)) {
      add(text.slice(from, at))
      from = at + 1
      const doc = take()
      if (doc !== null) yield doc
    }
    add(text.slice(from))
  }
  for await (const chunk of chunks)
    yield* feed(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }))
  yield* feed(decoder.decode())
  const last = take()
  if (last !== null) yield last
}

/**
 * Extracts the contacts of many documents one at a time, so memory stays bounded by the largest
 * document rather than the corpus. Yields one result per document, in input order. A document
 * that cannot be read (longer than `maxLength`) gives a result with `error` and the stream goes on;
 * bad options (an unknown `defaultCountry`) throw.
 *
 * @param documents - texts (releases or blocks), e.g. from {@link splitDocuments}
 * @param options - the {@link ExtractOptions} used for every document
 * @returns an async iterable of `{ index, contacts, warnings, error? }`
 * @example
 * for await (const { index, contacts } of extractStream(['Press Office  +33 1 44 76 76 88']))
 *   console.log(index, contacts.length) // 0 1
 */
export async function* extractStream(
  documents: AsyncIterable<string> | Iterable<string>,
  options: ExtractOptions = {},
): AsyncGenerator<StreamResult> {
  let index = 0
  for await (const text of documents) {
    try {
      yield { index, ...extractContacts(text, options) }
    } catch (err) {
      if (!isPressContactsError(err) || err.code !== 'INPUT_TOO_LARGE') throw err
      yield { index, contacts: [], warnings: [], error: { code: err.code, message: err.message } }
    }
    index++
  }
}
