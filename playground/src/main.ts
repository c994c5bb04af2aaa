import './style.css'
import {
  type Contact,
  type CountryCode,
  type ExtractionResult,
  extractContacts,
  isPressContactsError,
} from 'press-contacts'
import { h } from './dom.js'
import { DOWNLOAD_FORMATS, type DownloadFormat } from './downloads.js'
import { locateMarks, type MarkKind } from './highlight.js'
import { KIND_LABELS, renderCard, renderText } from './render.js'
import { SAMPLES } from './samples.js'

// Countries offered for national-format numbers; anything else is left to inference from the text.
const COUNTRIES = [
  'AT',
  'AU',
  'BE',
  'BR',
  'CA',
  'CH',
  'CZ',
  'DE',
  'DK',
  'ES',
  'FI',
  'FR',
  'GB',
  'IE',
  'IN',
  'IT',
  'JP',
  'LU',
  'MX',
  'NL',
  'NO',
  'NZ',
  'PL',
  'PT',
  'RU',
  'SE',
  'US',
  'ZA',
] as const

function byId<T extends HTMLElement>(id: string): T {
  const node = document.getElementById(id)
  if (!node) throw new Error(`#${id} missing from index.html`)
  return node as T
}

const input = byId<HTMLTextAreaElement>('input')
const sampleSelect = byId<HTMLSelectElement>('sample')
const countrySelect = byId<HTMLSelectElement>('country')
const textView = byId<HTMLElement>('text-view')
const cardList = byId<HTMLDivElement>('cards')
const summary = byId<HTMLParagraphElement>('summary')
const legend = byId<HTMLUListElement>('legend')
const downloads = byId<HTMLFieldSetElement>('downloads')
const errorBox = byId<HTMLParagraphElement>('error')

let current: Contact[] = []

function countryName(code: string): string {
  try {
    return new Intl.DisplayNames([navigator.language, 'en'], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

function setupControls(): void {
  sampleSelect.append(
    h('option', { value: '' }, 'Pick a sample…'),
    ...SAMPLES.map((s) => h('option', { value: s.id }, s.label)),
  )
  const named = COUNTRIES.map((code) => ({ code, name: countryName(code) })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )
  countrySelect.append(
    h('option', { value: '' }, 'Infer from the text'),
    ...named.map((c) => h('option', { value: c.code }, `${c.name} (${c.code})`)),
  )
  for (const f of DOWNLOAD_FORMATS) downloads.append(downloadButton(f))
}

function downloadButton(format: DownloadFormat): HTMLButtonElement {
  const button = h(
    'button',
    {
      type: 'button',
      class: 'download',
      'data-format': format.id,
      disabled: true,
      title: format.filename,
    },
    `↓ ${format.label}`,
  )
  button.addEventListener('click', () => {
    if (current.length === 0) return
    const blob = new Blob([format.write(current)], { type: format.mime })
    const url = URL.createObjectURL(blob)
    const a = h('a', { href: url, download: format.filename })
    document.body.append(a)
    a.click()
    a.remove()
    setTimeout(() => URL.revokeObjectURL(url), 30_000)
  })
  return button
}

function renderLegend(counts: Map<MarkKind, number>): void {
  legend.replaceChildren(
    ...(Object.keys(KIND_LABELS) as MarkKind[]).map((kind) =>
      h('li', {}, h('mark', { class: `hl hl-${kind}` }, KIND_LABELS[kind]), ` ${counts.get(kind) ?? 0}`),
    ),
  )
}

function run(): void {
  const text = input.value
  const country = countrySelect.value as CountryCode | ''
  let result: ExtractionResult
  errorBox.hidden = true
  try {
    result = extractContacts(text, country ? { defaultCountry: country } : {})
  } catch (error) {
    result = { contacts: [], warnings: [] }
    errorBox.textContent = isPressContactsError(error) ? `${error.code}: ${error.message}` : String(error)
    errorBox.hidden = false
  }
  current = result.contacts
  const { marks } = locateMarks(text, result.contacts, result.warnings)
  const counts = new Map<MarkKind, number>()
  for (const m of marks) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1)

  textView.replaceChildren(renderText(text, marks, result.warnings))
  cardList.replaceChildren(...result.contacts.map(renderCard))
  renderLegend(counts)
  const n = result.contacts.length
  const w = result.warnings.length
  summary.textContent = text.trim()
    ? `${n} contact${n === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`
    : 'Paste a release above, or pick a sample.'
  for (const b of downloads.querySelectorAll<HTMLButtonElement>('button.download')) b.disabled = n === 0
  // Open the text where the contacts are: the first line with a detail of a contact, else a warning.
  const first =
    textView.querySelector<HTMLElement>('.line:has(mark[data-contact])') ??
    textView.querySelector<HTMLElement>('.line.warned')
  scrollTextTo(first)
}

// The text view is the rows' offset parent (position: relative), so offsetTop is within it.
function scrollTextTo(row: HTMLElement | null): void {
  textView.scrollTop = row ? Math.max(0, row.offsetTop - 3 * row.offsetHeight) : 0
}

function showLine(line: number): void {
  const row = textView.querySelector<HTMLElement>(`.line[data-line="${line}"]`)
  if (!row) return
  scrollTextTo(row)
  row.classList.remove('flash')
  void row.offsetWidth
  row.classList.add('flash')
}

// Hovering a card lights its spans in the text; hovering a span lights its card.
function linkHover(target: EventTarget | null, on: boolean): void {
  const el = target instanceof Element ? target.closest<HTMLElement>('[data-contact]') : null
  const index = el?.dataset.contact
  if (index === undefined) return
  for (const node of document.querySelectorAll(`[data-contact="${index}"]`))
    node.classList.toggle('linked', on)
}

let timer: ReturnType<typeof setTimeout> | undefined
input.addEventListener('input', () => {
  sampleSelect.value = ''
  clearTimeout(timer)
  timer = setTimeout(run, 120)
})
sampleSelect.addEventListener('change', () => {
  const sample = SAMPLES.find((s) => s.id === sampleSelect.value)
  if (!sample) return
  input.value = sample.text
  run()
})
countrySelect.addEventListener('change', run)
cardList.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('button.goto') : null
  if (button?.dataset.line) showLine(Number(button.dataset.line))
})
for (const area of [cardList, textView]) {
  area.addEventListener('mouseover', (e) => linkHover(e.target, true))
  area.addEventListener('mouseout', (e) => linkHover(e.target, false))
}

setupControls()
// A first visit shows a result straight away: the example release.
sampleSelect.value = SAMPLES[0]?.id ?? ''
input.value = SAMPLES[0]?.text ?? ''
run()
document.body.dataset.ready = 'true'
