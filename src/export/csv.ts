import { PressContactsError } from '../errors.js'
import type { Contact } from '../model/contact.js'
import { type CardFields, type CardPhone, cardFieldsList } from './card.js'

/**
 * Which app's import format {@link toCSV} writes.
 *
 * @example
 * const flavor: CSVFlavor = 'outlook'
 */
export type CSVFlavor = 'google' | 'outlook'

/**
 * Options of {@link toCSV}.
 *
 * @example
 * toCSV(contacts, { flavor: 'google', bom: true } satisfies CSVOptions)
 */
export interface CSVOptions {
  /** `google` (Google Contacts) or `outlook` (Outlook, also read by Excel). */
  flavor: CSVFlavor
  /** Start with a UTF-8 byte order mark; default true for `outlook` (Outlook and Excel read UTF-8 only with it), false for `google`. */
  bom?: boolean
}

const GOOGLE_BASE = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Phonetic First Name',
  'Phonetic Middle Name',
  'Phonetic Last Name',
  'Name Prefix',
  'Name Suffix',
  'Nickname',
  'File As',
  'Organization Name',
  'Organization Title',
  'Organization Department',
  'Birthday',
  'Notes',
  'Photo',
  'Labels',
] as const

const googleGroup = (what: 'E-mail' | 'Phone' | 'Website', n: number) => [
  `${what} ${n} - Label`,
  `${what} ${n} - Value`,
]

const OUTLOOK = [
  'First Name',
  'Middle Name',
  'Last Name',
  'Company',
  'Department',
  'Job Title',
  'Business Fax',
  'Business Phone',
  'Business Phone 2',
  'Mobile Phone',
  'Other Fax',
  'Other Phone',
  'E-mail Address',
  'E-mail 2 Address',
  'E-mail 3 Address',
  'Notes',
  'Web Page',
] as const

/**
 * The header rows, as Google Contacts and Outlook name their columns in their own exports (a subset
 * for Outlook, in its order). Google's `E-mail N`, `Phone N` and `Website N` groups are numbered: a
 * file has as many as its contact with the most e-mails, phones or web addresses needs (at least one
 * of each, as here). Outlook has fixed slots; what does not fit goes into Notes.
 *
 * @example
 * CSV_HEADERS.outlook[0] // 'First Name'
 */
export const CSV_HEADERS: { readonly google: readonly string[]; readonly outlook: readonly string[] } = {
  google: [
    ...GOOGLE_BASE,
    ...googleGroup('E-mail', 1),
    ...googleGroup('Phone', 1),
    ...googleGroup('Website', 1),
  ],
  outlook: OUTLOOK,
}

/**
 * Writes contacts as CSV for import into Google Contacts or Outlook: one header row, then one row per
 * contact in input order. RFC 4180: CRLF row ends, cells quoted when they hold `"` `,` CR or LF. A
 * cell that a spreadsheet could read as a formula (starting with `=` `+` `-` `@`, a tab or CR, after
 * any spaces) gets a leading `'`; phone cells are exempt when they hold exactly a validated E.164
 * number (`+` and digits, optionally ` ext. 204`), which cannot carry a formula and must stay a number.
 * Names, titles and organisations are written on one line; Notes keeps line breaks (as CRLF).
 *
 * @param contacts - the records to write
 * @param options - `{ flavor: 'google' | 'outlook', bom? }`
 * @example
 * writeFileSync('contacts.csv', toCSV(contacts, { flavor: 'outlook' }))
 */
export function toCSV(contacts: readonly Contact[], options: CSVOptions): string {
  const flavor = options?.flavor
  if (flavor !== 'google' && flavor !== 'outlook')
    throw new PressContactsError(
      'INVALID_ARGUMENT',
      `unknown CSV flavor ${JSON.stringify(flavor)} ('google' or 'outlook')`,
    )
  const cards = cardFieldsList(contacts)
  const table = flavor === 'google' ? googleTable(cards) : outlookTable(cards)
  const bom = options.bom ?? flavor === 'outlook'
  return (bom ? '\uFEFF' : '') + table.map((row) => row.map(csvCell).join(',') + '\r\n').join('')
}

/** A cell: text or an exact phone number (exempt from formula neutralising). */
type Cell = string | { phone: string }

const oneLine = (s: string | null | undefined) => (s ?? '').replace(/\n/g, ' ')
const E164_CELL = /^\+[1-9][0-9]{1,14}(?: ext\. [0-9]{1,10})?$/
const FORMULA_START = /^[ \u00A0]*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/

function csvCell(cell: Cell): string {
  let v: string
  if (typeof cell === 'string') v = FORMULA_START.test(cell) ? `'${cell}` : cell
  else
    v = E164_CELL.test(cell.phone)
      ? cell.phone
      : FORMULA_START.test(cell.phone)
        ? `'${cell.phone}`
        : cell.phone
  v = v.replace(/\r\n|\r|\n/g, '\r\n')
  return /[",\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v
}

const phoneText = (p: CardPhone) => (p.ext ? `${p.number} ext. ${p.ext}` : p.number)
const phoneCell = (p: CardPhone | undefined): Cell => (p ? { phone: phoneText(p) } : '')

function personNames(f: CardFields): { first: string; last: string } {
  if (!f.name) return { first: '', last: '' }
  // an unsplit name (no given/family) is N's family component, as in the vCard
  return { first: oneLine(f.name.given), last: oneLine(f.name.family) }
}

const GOOGLE_PHONE_LABEL: Record<CardPhone['kind'], string> = {
  voice: 'Work',
  fax: 'Work Fax',
  cell: 'Mobile',
}

function googleTable(cards: CardFields[]): Cell[][] {
  const nEmail = Math.max(1, ...cards.map((f) => f.emails.length))
  const nPhone = Math.max(1, ...cards.map((f) => f.phones.length))
  const nUrl = Math.max(1, ...cards.map((f) => f.urls.length))
  const header: Cell[] = [...GOOGLE_BASE]
  for (let i = 1; i <= nEmail; i++) header.push(...googleGroup('E-mail', i))
  for (let i = 1; i <= nPhone; i++) header.push(...googleGroup('Phone', i))
  for (let i = 1; i <= nUrl; i++) header.push(...googleGroup('Website', i))
  const rows = cards.map((f) => {
    const { first, last } = personNames(f)
    const isOrg = f.kind === 'org'
    const row: Cell[] = [
      first,
      '',
      last,
      '',
      '',
      '',
      '',
      '',
      '',
      isOrg ? oneLine(f.fn) : '',
      oneLine(f.org?.[0]),
      oneLine(f.title),
      oneLine(f.org?.[1]),
      '',
      f.note,
      '',
      '* myContacts',
    ]
    for (let i = 0; i < nEmail; i++) row.push(f.emails[i] ? 'Work' : '', f.emails[i] ?? '')
    for (let i = 0; i < nPhone; i++) {
      const p = f.phones[i]
      row.push(p ? GOOGLE_PHONE_LABEL[p.kind] : '', phoneCell(p))
    }
    for (let i = 0; i < nUrl; i++) row.push(f.urls[i] ? 'Work' : '', f.urls[i] ?? '')
    return row
  })
  return [header, ...rows]
}

/** Outlook's phone columns for each kind of phone, in the order they are filled. */
const OUTLOOK_PHONE_SLOTS: Record<CardPhone['kind'], string[]> = {
  voice: ['Business Phone', 'Business Phone 2', 'Other Phone'],
  cell: ['Mobile Phone', 'Other Phone'],
  fax: ['Business Fax', 'Other Fax'],
}

function outlookTable(cards: CardFields[]): Cell[][] {
  const rows = cards.map((f) => {
    const { first, last } = personNames(f)
    const cells = new Map<string, Cell>([
      ['First Name', first],
      ['Last Name', last],
      ['Company', oneLine(f.org?.[0])],
      ['Department', oneLine(f.org?.[1])],
      ['Job Title', oneLine(f.title)],
    ])
    const extra: string[] = []
    for (const p of f.phones) {
      const slot = OUTLOOK_PHONE_SLOTS[p.kind].find((s) => !cells.has(s))
      if (slot) cells.set(slot, phoneCell(p))
      else extra.push(`${p.kind === 'cell' ? 'Mobile' : p.kind === 'fax' ? 'Fax' : 'Phone'}: ${phoneText(p)}`)
    }
    f.emails.forEach((e, i) => {
      if (i < 3) cells.set(['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'][i]!, e)
      else extra.push(`E-mail: ${e}`)
    })
    f.urls.forEach((u, i) => {
      if (i === 0) cells.set('Web Page', u)
      else extra.push(`Web: ${u}`)
    })
    cells.set('Notes', [f.note, ...extra].join('\n'))
    return OUTLOOK.map((h) => cells.get(h) ?? '')
  })
  return [[...OUTLOOK], ...rows]
}
