import type { Contact, ExtractionResult, Phone } from 'press-contacts'
import { type Child, h } from './dom.js'
import { type Mark, type MarkKind, splitLines } from './highlight.js'

/** Names shown for each kind of mark, in legend order. */
export const KIND_LABELS: Readonly<Record<MarkKind, string>> = {
  name: 'name',
  desk: 'desk',
  title: 'title',
  org: 'organisation',
  label: 'label',
  phone: 'phone',
  email: 'e-mail',
  url: 'web',
  warning: 'warning',
}

const PHONE_TYPES: Readonly<Record<Phone['type'], string>> = {
  voice: 'phone',
  mobile: 'mobile',
  fax: 'fax',
  unknown: 'phone',
}

/**
 * The text as written, one row per line with its number, the recognised spans wrapped in `<mark>`, and
 * each warning in a note right under the line it points at.
 *
 * @example
 * view.replaceChildren(renderText(text, marks, result.warnings))
 */
export function renderText(
  text: string,
  marks: readonly Mark[],
  warnings: ExtractionResult['warnings'],
): Node {
  const lines = splitLines(text)
  const byLine = new Map<number, Mark[]>()
  for (const m of marks) byLine.set(m.line, [...(byLine.get(m.line) ?? []), m])
  const warningsByLine = new Map<number, ExtractionResult['warnings']>()
  for (const w of warnings) warningsByLine.set(w.line, [...(warningsByLine.get(w.line) ?? []), w])

  const rows: Node[] = []
  lines.forEach((line, i) => {
    const n = i + 1
    const lineMarks = byLine.get(n) ?? []
    const lineWarnings = warningsByLine.get(n) ?? []
    const parts: Child[] = []
    let at = 0
    for (const m of lineMarks) {
      if (m.start > at) parts.push(line.slice(at, m.start))
      parts.push(
        h(
          'mark',
          {
            class: `hl hl-${m.kind}`,
            'data-kind': m.kind,
            'data-contact': m.contact >= 0 ? m.contact : undefined,
            title: KIND_LABELS[m.kind],
          },
          line.slice(m.start, m.end),
        ),
      )
      at = m.end
    }
    if (at < line.length) parts.push(line.slice(at))
    rows.push(
      h(
        'div',
        {
          class: `line${lineMarks.length ? ' read' : ''}${lineWarnings.length ? ' warned' : ''}`,
          'data-line': n,
        },
        h('span', { class: 'ln', 'aria-hidden': 'true' }, String(n)),
        h('span', { class: 'tx' }, ...parts),
      ),
    )
    for (const w of lineWarnings)
      rows.push(
        h(
          'div',
          { class: 'warning-note', role: 'note', 'data-line': n, 'data-code': w.code },
          h('span', { class: 'ln', 'aria-hidden': 'true' }, '⚠'),
          h('span', {}, h('strong', {}, w.code), ' ', w.message),
        ),
      )
  })
  return h('div', { class: 'lines' }, ...rows)
}

function row(label: string, ...value: Child[]): HTMLElement {
  return h('div', { class: 'row' }, h('dt', {}, label), h('dd', {}, ...value))
}

/**
 * One card per contact: name, kind, title, organisation, phones (as written and in E.164), e-mails,
 * web addresses and the line the record starts on.
 *
 * @example
 * list.replaceChildren(...result.contacts.map(renderCard))
 */
export function renderCard(c: Contact, index: number): HTMLElement {
  const phones = c.phones.map((p) =>
    row(
      p.label ?? PHONE_TYPES[p.type],
      h('a', { href: `tel:${p.e164}`, class: 'e164' }, p.e164),
      p.ext ? ` ext. ${p.ext}` : '',
      h('span', { class: 'muted' }, ` ${PHONE_TYPES[p.type]}`),
    ),
  )
  return h(
    'article',
    { class: `card card-${c.kind}`, 'data-contact': index, 'data-testid': 'contact-card', tabindex: 0 },
    h(
      'header',
      {},
      h('h3', { class: 'card-name' }, c.name),
      h('span', { class: `badge badge-${c.kind}` }, c.kind === 'org' ? 'desk' : 'person'),
    ),
    c.title ? h('p', { class: 'card-title' }, c.title) : null,
    c.organization ? h('p', { class: 'card-org' }, c.organization) : null,
    h(
      'dl',
      {},
      ...phones,
      ...c.emails.map((e) => row('e-mail', h('a', { href: `mailto:${e}` }, e))),
      ...c.urls.map((u) => row('web', u)),
    ),
    h(
      'footer',
      {},
      h('button', { type: 'button', class: 'goto', 'data-line': c.source.line }, `line ${c.source.line}`),
    ),
  )
}
