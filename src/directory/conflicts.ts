import type { Contact } from '../model/contact.js'
import { nameKeys, phoneKey } from './names.js'
import type { DirectoryEntry, DirectoryWarning } from './schema.js'

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const label = (c: Contact): string => (c.organization ? `${c.name} (${c.organization})` : c.name)

/** Merge conflicts: one e-mail or phone on contacts kept apart, one name kept apart by organisations. */
export function conflicts(entries: DirectoryEntry[]): DirectoryWarning[] {
  const warnings: DirectoryWarning[] = []
  const holders = new Map<string, number[]>()
  const hold = (k: string, i: number) => {
    const l = holders.get(k) ?? []
    if (!l.includes(i)) l.push(i)
    holders.set(k, l)
  }
  entries.forEach((e, i) => {
    for (const m of e.contact.emails) hold(`SHARED_EMAIL\u0000${m.toLowerCase()}`, i)
    for (const p of e.contact.phones) hold(`SHARED_PHONE\u0000${phoneKey(p)}`, i)
    if (e.contact.kind === 'individual') hold(`POSSIBLE_DUPLICATE\u0000${nameKeys(e.contact.name).words}`, i)
  })
  for (const [k, list] of holders) {
    if (list.length < 2) continue
    const [code, value] = k.split('\u0000') as [string, string]
    const names = list.map((i) => label(entries[i]!.contact))
    const quoted = names.map((n) => `"${n}"`).join(' and ')
    const message =
      code === 'SHARED_EMAIL'
        ? `the e-mail ${value} is given for ${quoted}: kept apart as different contacts`
        : code === 'SHARED_PHONE'
          ? `the phone ${value} is given for ${quoted}: kept apart as different contacts`
          : `${quoted} have the same name but different organisations: kept apart`
    warnings.push({
      code,
      message,
      value: code === 'POSSIBLE_DUPLICATE' ? entries[list[0]!]!.contact.name : value,
      names,
    })
  }
  return warnings.sort((a, b) => cmp(a.code, b.code) || cmp(a.value ?? '', b.value ?? ''))
}
