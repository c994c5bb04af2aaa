/** Where things are in a JSON text: the line of every value by path, or the first syntax error. */
export interface JsonLocations {
  /** 1-based line of the value at a path, keyed by `JSON.stringify(path)`. */
  lines: Map<string, number>
  /** The first syntax error, if the text is not JSON. */
  error: { line: number; column: number; message: string } | null
}

class JsonSyntax extends Error {
  constructor(
    readonly pos: number,
    message: string,
  ) {
    super(message)
  }
}

const MAX_DEPTH = 512
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const STRING_RUN = /[^"\\\u0000-\u001f]*/y

/**
 * Scans JSON text (RFC 8259) for the line of each value and for the first syntax error, which
 * `JSON.parse` reports without a position in some cases. Linear in the text.
 *
 * @example
 * locateJson('{\n  "a": [1,\n 2]\n}').lines.get('["a",1]') // 3
 */
export function locateJson(text: string): JsonLocations {
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1)
  const lineOf = (pos: number): number => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= pos) lo = mid
      else hi = mid - 1
    }
    return lo + 1
  }
  const lines = new Map<string, number>()
  let i = 0
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const found = () => {
    if (i >= text.length) return 'the end of the text'
    const word = /[A-Za-z0-9_$]+/y
    word.lastIndex = i
    return `'${(word.exec(text)?.[0] ?? text[i]!).slice(0, 20)}'`
  }
  const expect = (ch: string, what: string) => {
    if (text[i] !== ch) throw new JsonSyntax(i, `expected ${what}, found ${found()}`)
    i++
  }
  const string = (): string => {
    const start = i
    expect('"', "'\"'")
    let out = ''
    for (;;) {
      STRING_RUN.lastIndex = i
      const run = STRING_RUN.exec(text)![0]
      out += run
      i += run.length
      const c = text[i]
      if (c === '"') {
        i++
        return out
      }
      if (c === undefined) throw new JsonSyntax(start, 'a string is not closed')
      if (c !== '\\') throw new JsonSyntax(i, 'a line break or control character inside a string (escape it)')
      const e = text[i + 1]
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
        out += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 6), 16))
        i += 6
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
        out += e
        i += 2
      } else throw new JsonSyntax(i, `a bad escape '\\${e ?? ''}' inside a string`)
    }
  }
  const value = (path: PropertyKey[], depth: number): void => {
    ws()
    if (depth > MAX_DEPTH) throw new JsonSyntax(i, 'nested too deeply')
    lines.set(JSON.stringify(path), lineOf(i))
    const c = text[i]
    if (c === '{') {
      i++
      ws()
      if (text[i] === '}') return void i++
      for (;;) {
        ws()
        if (text[i] !== '"')
          throw new JsonSyntax(
            i,
            `expected a property name in double quotes, found ${found()}${text[i] === '}' ? ' (a trailing comma?)' : ''}`,
          )
        const key = string()
        ws()
        expect(':', `':' after the property name "${key}"`)
        value([...path, key], depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        expect('}', "',' or '}' after a property value")
        return
      }
    }
    if (c === '[') {
      i++
      ws()
      if (text[i] === ']') return void i++
      for (let k = 0; ; k++) {
        ws()
        if (text[i] === ']') throw new JsonSyntax(i, "expected a value, found ']' (a trailing comma?)")
        value([...path, k], depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        expect(']', "',' or ']' after an array element")
        return
      }
    }
    if (c === '"') return void string()
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, i)) {
        i += word.length
        return
      }
    NUMBER.lastIndex = i
    const m = NUMBER.exec(text)
    if (m && m[0] !== '' && m[0] !== '-') {
      i += m[0].length
      return
    }
    throw new JsonSyntax(
      i,
      `expected a value, found ${found()}${c === "'" ? ' (JSON strings take double quotes)' : ''}`,
    )
  }
  try {
    value([], 0)
    ws()
    if (i < text.length) throw new JsonSyntax(i, `unexpected ${found()} after the end of the JSON value`)
    return { lines, error: null }
  } catch (e) {
    if (!(e instanceof JsonSyntax)) throw e
    const line = lineOf(e.pos)
    return { lines, error: { line, column: e.pos - starts[line - 1]! + 1, message: e.message } }
  }
}

/** The line of the value at `path`, or of its nearest ancestor present in the text. */
export function lineAt(locations: JsonLocations, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const line = locations.lines.get(JSON.stringify(path.slice(0, n)))
    if (line !== undefined) return line
  }
  return undefined
}
