import { fold, LOCALES } from '../locales/index.js'
import type { Phone } from '../model/contact.js'

// Words that vary between spellings of one name without making it another name: particles
// ("Le Gall" / "LE GALL" / "Legall", "van der Berg") and leading honorifics ("Dr.", "Mme").
// Built on first use, so that importing the package does not build them (and bundlers can drop them).
let lexiconCache: { particles: Set<string>; honorifics: Set<string> } | undefined
function lexicon(): { particles: Set<string>; honorifics: Set<string> } {
  lexiconCache ??= {
    particles: new Set(LOCALES.flatMap((l) => l.particles.flatMap((p) => tokens(p)))),
    honorifics: new Set(LOCALES.flatMap((l) => l.honorifics.flatMap((h) => tokens(h)))),
  }
  return lexiconCache
}

/** Folded words of a text: lower case, no diacritics, letters and digits only ("Jean-Marc" -> jean, marc). */
export function tokens(text: string): string[] {
  return fold(text.normalize('NFC'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
}

/** The words of a name that identify it: honorifics in front and particles left out. */
function nameWords(name: string): string[] {
  const { particles, honorifics } = lexicon()
  const all = tokens(name)
  let start = 0
  while (start < all.length - 1 && honorifics.has(all[start]!)) start++
  const rest = all.slice(start)
  const kept = rest.filter((t) => !particles.has(t))
  return kept.length > 0 ? kept : rest
}

/** Identity keys of a name: its words in any order, and its letters run together ("legall"). */
export interface NameKeys {
  /** Sorted identifying words: "BRESSON Pascale" and "Pascale Bresson" share it. */
  words: string
  /** Every letter in order, particles included: "Jean-Marc LE GALL" and "Jean Marc Legall" share it. */
  letters: string
  /** The identifying words themselves, for the looser "similar" test. */
  list: string[]
}

/**
 * The keys under which two spellings of one name meet: accents, case, hyphens, particles and word
 * order do not matter.
 *
 * @example
 * nameKeys('Raphaël Sart').words === nameKeys('RAPHAEL SART').words // true
 */
export function nameKeys(name: string): NameKeys {
  const list = nameWords(name)
  const all = tokens(name)
  return { words: [...list].sort().join(' '), letters: all.join(''), list }
}

/** How two names of persons relate: the same name, one a shortened form of the other, or different. */
export type NameRelation = 'same' | 'similar' | 'different'

/**
 * Compares two person names. 'same': equal keys. 'similar': every word of the shorter is a word or
 * an initial of the longer and one full word matches ("P. Bresson" / "Pascale Bresson", "María
 * García" / "María García López"). Anything else is 'different'.
 */
export function compareNames(a: NameKeys, b: NameKeys): NameRelation {
  if (a.words === b.words || a.letters === b.letters) return 'same'
  if (a.list.length <= b.list.length && covers(a.list, b.list)) return 'similar'
  if (b.list.length <= a.list.length && covers(b.list, a.list)) return 'similar'
  return 'different'
}

/** Whether every word of `short` is a distinct word or initial of `long`, with one full word among them. */
function covers(short: string[], long: string[]): boolean {
  if (short.length === 0) return false
  const free = [...long]
  let fullMatch = false
  for (const w of short) {
    let k = free.indexOf(w)
    if (k >= 0) fullMatch = true
    else if (w.length === 1) k = free.findIndex((x) => x.startsWith(w))
    if (k < 0) return false
    free.splice(k, 1)
  }
  return fullMatch
}

/** An organisation name folded for comparison: "CNES", "Cnes" and "C.N.E.S." meet. */
export function orgKey(org: string | null): string | null {
  if (org === null) return null
  const key = tokens(org).join('')
  return key.length > 0 ? key : null
}

/** Whether two organisations are stated and plainly differ (neither contains the other). */
export function orgsConflict(a: string | null, b: string | null): boolean {
  const ka = orgKey(a)
  const kb = orgKey(b)
  if (ka === null || kb === null) return false
  return !(ka.includes(kb) || kb.includes(ka))
}

/** The identity of a phone inside a directory: the number and its extension. */
export function phoneKey(p: Pick<Phone, 'e164' | 'ext'>): string {
  return p.ext ? `${p.e164};ext=${p.ext}` : p.e164
}
