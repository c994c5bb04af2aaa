/**
 * Side-by-side records: two or more contacts laid out in parallel columns, a field a row
 * ("Verena Schöngruber<TAB><TAB>Lukas Aigner-Reiß" / "Tel.: …<TAB>Tel.: …" / "verena@…<TAB>lukas@…").
 * Read row by row they would mix the people; read column by column they are ordinary stacked blocks.
 */

// Cell separators between side-by-side columns: tabs, a pipe between spaces, or a wide gap.
// (bounded: an unbounded `\s+` before the pipe is read again from each space of a long run)
const CELL_SPLIT = /\t+|\s{1,40}\|\s*| {3,}/g
const MIN_ROWS = 3

/** A column's cell: its text and where it starts on its line. */
export interface Cell {
  text: string
  start: number
}

function cellsOf(line: string): Cell[] {
  const cells: Cell[] = []
  const indent = line.length - line.trimStart().length
  const body = line.slice(indent)
  let pos = 0
  CELL_SPLIT.lastIndex = 0
  for (let m = CELL_SPLIT.exec(body); m; m = CELL_SPLIT.exec(body)) {
    if (m.index > 0 || body.startsWith('|'))
      cells.push({ text: body.slice(pos, m.index), start: indent + pos })
    pos = m.index + m[0].length
  }
  cells.push({ text: body.slice(pos), start: indent + pos })
  // a leading pipe means an empty first column ("                 | prensa@…")
  return cells.map((c) => ({ text: c.text.replace(/^\|/, '').trim(), start: c.start }))
}

function cellType(text: string): 'phone' | 'email' | 'text' | 'empty' {
  if (!text) return 'empty'
  if (text.includes('@')) return 'email'
  if ((text.match(/\d/g)?.length ?? 0) >= 6) return 'phone'
  return 'text'
}

function place(cells: Cell[], header: Cell[]): Cell[] {
  const out: Cell[] = header.map((h) => ({ text: '', start: h.start }))
  for (const c of cells) {
    let best = 0
    for (let k = 1; k < header.length; k++)
      if (Math.abs(header[k]!.start - c.start) < Math.abs(header[best]!.start - c.start)) best = k
    out[best] = c
  }
  return out
}

/**
 * Finds a group of side-by-side rows starting at line `from` (0-based): at least three consecutive
 * rows of the same number of columns, at least two of them rows whose columns are all of one kind
 * (all phones, all e-mails, all names), one of those a phone or e-mail row. Returns the rows'
 * cells and where the group ends, or null.
 */
export function sideBySide(
  lines: readonly string[],
  from: number,
): { end: number; rows: Cell[][]; width: number } | null {
  const first = cellsOf(lines[from] ?? '')
  const width = first.length
  if (width < 2 || width > 4 || first.some((c) => !c.text)) return null
  if (cellType(first[0]!.text) !== 'text' || first.some((c) => cellType(c.text) !== cellType(first[0]!.text)))
    return null
  const rows: Cell[][] = [first]
  let end = from + 1
  while (end < lines.length && lines[end]!.trim() !== '') {
    const cells = cellsOf(lines[end]!)
    if (cells.length > width || (cells.length < width && rows.length < 2)) break
    // a shorter row (one column has no more fields) is placed by where its cells start
    rows.push(cells.length === width ? cells : place(cells, first))
    end++
  }
  if (rows.length < MIN_ROWS) return null
  let uniform = 0
  let detailRows = 0
  for (const row of rows) {
    const types = new Set(row.map((c) => cellType(c.text)).filter((t) => t !== 'empty'))
    if (types.size === 1 && row.filter((c) => c.text).length >= 2) {
      uniform++
      const t = [...types][0]
      if (t === 'phone' || t === 'email') detailRows++
    }
  }
  if (uniform < 2 || detailRows < 1) return null
  return { end, rows, width }
}
