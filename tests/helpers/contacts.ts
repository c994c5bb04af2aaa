import type { Contact, Phone } from '../../src/index.js'

/** A phone as extraction would give it, for hand-built test contacts. */
export function phone(e164: string, type: Phone['type'] = 'voice', ext: string | null = null): Phone {
  return { e164, type, ext, raw: e164, label: null }
}

/** A valid contact with defaults; `name` split into given and family at the last space for persons. */
export function contact(
  name: string,
  fields: Partial<Omit<Contact, 'source'>> & { source?: Partial<Contact['source']> } = {},
): Contact {
  const kind = fields.kind ?? 'individual'
  const cut = name.lastIndexOf(' ')
  const { source, ...rest } = fields
  return {
    kind,
    name,
    givenName: kind === 'org' || cut < 0 ? null : name.slice(0, cut),
    familyName: kind === 'org' || cut < 0 ? null : name.slice(cut + 1),
    title: null,
    organization: null,
    phones: [],
    emails: [],
    urls: [],
    ...rest,
    source: { line: 1, text: name, ...source },
  }
}
