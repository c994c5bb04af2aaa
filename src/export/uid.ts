import type { Contact } from '../model/contact.js'

// FNV-1a 64-bit over UTF-16 code units, twice with different offsets, formatted as a UUID v8
// (RFC 9562 "custom"). Stable across runs and platforms; no crypto API needed, so it runs anywhere.
function fnv1a64(text: string, seed: bigint): bigint {
  let h = seed
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i))
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn
  }
  return h
}

/** The identity a UID is derived from: kind, lower-cased name and organisation, first e-mail or phone. */
export function identityKey(
  c: Pick<Contact, 'kind' | 'name' | 'organization' | 'emails' | 'phones'>,
): string {
  const id = c.emails[0]?.toLowerCase() ?? c.phones[0]?.e164 ?? ''
  return [c.kind, c.name.normalize('NFC').toLowerCase(), (c.organization ?? '').toLowerCase(), id].join(
    '\u001f',
  )
}

/**
 * A stable UID for a contact: the same identity gives the same UID on every run, so re-exported
 * files diff cleanly and address books update cards instead of duplicating them.
 *
 * @example
 * contactUid(contact) // 'a3f1c2d4-…'
 */
export function contactUid(c: Pick<Contact, 'kind' | 'name' | 'organization' | 'emails' | 'phones'>): string {
  return uidOfKey(identityKey(c))
}

/**
 * The UIDs of a list of contacts written together: {@link contactUid} of each, except that a contact
 * whose identity repeats one met earlier in the list (the same desk with the same e-mail in two
 * releases) gets a UID derived from its identity and its rank among those, so that no file holds
 * two cards with one UID (CardDAV servers refuse the second, address books merge them). Same input
 * order, same UIDs.
 *
 * @example
 * contactUids([desk, sameDeskAgain]) // [contactUid(desk), '…another stable UID…']
 */
export function contactUids(
  contacts: readonly Pick<Contact, 'kind' | 'name' | 'organization' | 'emails' | 'phones'>[],
): string[] {
  const seen = new Set<string>()
  return contacts.map((c) => {
    const key = identityKey(c)
    let uid = uidOfKey(key)
    for (let n = 2; seen.has(uid); n++) uid = uidOfKey(`${key}\u001f#${n}`)
    seen.add(uid)
    return uid
  })
}

function uidOfKey(key: string): string {
  const hex =
    fnv1a64(key, 0xcbf29ce484222325n).toString(16).padStart(16, '0') +
    fnv1a64(key, 0x84222325cbf29ce4n).toString(16).padStart(16, '0')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
