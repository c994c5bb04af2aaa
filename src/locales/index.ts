import type { PhraseMemo } from '../extract/names.js'
import type { PhoneType } from '../model/contact.js'
import { cs } from './cs.js'
import { de } from './de.js'
import { en } from './en.js'
import { es } from './es.js'
import { fi } from './fi.js'
import { fr } from './fr.js'
import { it } from './it.js'
import { nl } from './nl.js'
import { da, nb, sv } from './nordic.js'
import { pl } from './pl.js'
import { pt } from './pt.js'
import { ru } from './ru.js'
import type { Locale } from './types.js'

export type { Locale } from './types.js'

/** Every language the extractor reads, in the order ties are broken. */
export const LOCALES: readonly Locale[] = [en, fr, de, es, it, nl, pt, sv, da, nb, fi, pl, cs, ru]

/** Lower-case, strip diacritics and fold a few letters so 'Tél.' matches 'tel' and 'Søren' matches 'soren'. */
export function fold(text: string): string {
  // most words are plain ASCII, which folding only lower-cases
  if (ASCII.test(text)) return text.toLowerCase()
  const hit = folded.get(text)
  if (hit !== undefined) return hit
  const out = text
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[øœæßłđþ’]/g, (c) => FOLDS[c] ?? c)
  // a small bounded memo: words repeat across lines and documents, long texts don't
  if (text.length <= 64) {
    if (folded.size >= 4096) folded.clear()
    folded.set(text, out)
  }
  return out
}
// a constant: the build would otherwise compile this Unicode regex on every call
const MARKS = /\p{M}+/gu
const ASCII = /^[\x00-\x7f]*$/
const folded = new Map<string, string>()
const FOLDS: Record<string, string> = { ø: 'o', œ: 'oe', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd', þ: 'th', '’': "'" }

/** A set of phrases, matched whole (fold()ed), plus '-suffix' entries matched at the end of a word. */
export interface PhraseSet {
  phrases: Set<string>
  suffixes: string[]
  /** Longest phrase length in words, to bound look-ups. */
  maxWords: number
}

function phraseSet(words: Iterable<string>): PhraseSet {
  const phrases = new Set<string>()
  const suffixes: string[] = []
  let maxWords = 1
  for (const w of words) {
    const f = fold(w).replace(/\.$/, '')
    if (f.startsWith('-')) suffixes.push(f.slice(1))
    else {
      phrases.add(f)
      maxWords = Math.max(maxWords, f.split(' ').length)
    }
  }
  return { phrases, suffixes, maxWords }
}

/** Whether one fold()ed word is in the set, as a word or by one of its suffixes. */
export function hasWord(set: PhraseSet, word: string): boolean {
  if (set.phrases.has(word)) return true
  for (const s of set.suffixes) if (word.length > s.length + 2 && word.endsWith(s)) return true
  return false
}

/** Whether the whole fold()ed phrase is in the set. */
export function hasPhrase(set: PhraseSet, phrase: string): boolean {
  return set.phrases.has(phrase)
}

/** Every locale's words merged, for text whose language is unknown or mixed. */
export interface Lexicon {
  locale: Locale
  /** Phone label (fold()ed, no trailing dot) -> type; the primary locale wins on conflicts ('p'). */
  phoneLabels: Map<string, PhoneType | 'voice'>
  emailLabels: Set<string>
  urlLabels: Set<string>
  extensionWords: Set<string>
  headings: PhraseSet
  desks: PhraseSet
  titles: PhraseSet
  orgWords: PhraseSet
  particles: Set<string>
  honorifics: Set<string>
  stopwords: Set<string>
  boilerplate: PhraseSet
  twoSurnames: boolean
  /** Local parts of the document's e-mail addresses (fold()ed, letters only): evidence for names. */
  emailLocals?: ReadonlySet<string>
  /** Phrase readings kept during one extraction (only on that extraction's copy of the lexicon). */
  memo?: PhraseMemo
}

const cache = new Map<string, Lexicon>()

/** The merged lexicon with `primary`'s words taking precedence. */
export function lexiconFor(primary: Locale): Lexicon {
  const hit = cache.get(primary.lang)
  if (hit) return hit
  const ordered = [primary, ...LOCALES.filter((l) => l !== primary)]
  const phoneLabels = new Map<string, PhoneType>()
  for (const l of ordered)
    for (const type of ['mobile', 'fax', 'voice'] as const)
      for (const w of l.phoneLabels[type]) {
        const k = fold(w).replace(/\.$/, '')
        if (!phoneLabels.has(k)) phoneLabels.set(k, type)
      }
  const all = (pick: (l: Locale) => string[]) => ordered.flatMap(pick)
  const lex: Lexicon = {
    locale: primary,
    phoneLabels,
    emailLabels: new Set(all((l) => l.emailLabels).map(fold)),
    urlLabels: new Set(all((l) => l.urlLabels).map(fold)),
    extensionWords: new Set(all((l) => l.extensionWords).map(fold)),
    headings: phraseSet(all((l) => l.headings)),
    desks: phraseSet(all((l) => l.desks)),
    titles: phraseSet(all((l) => l.titles)),
    orgWords: phraseSet(all((l) => l.orgWords)),
    particles: new Set(all((l) => l.particles).map(fold)),
    honorifics: new Set(all((l) => l.honorifics).map((w) => fold(w).replace(/\.$/, ''))),
    stopwords: new Set(primary.stopwords.map(fold)),
    boilerplate: phraseSet(all((l) => l.boilerplate)),
    twoSurnames: primary.twoSurnames === true,
  }
  cache.set(primary.lang, lex)
  return lex
}

/** The locale whose words occur most in `text` (English when nothing stands out). */
export function detectLocale(text: string): Locale {
  const sample = fold(text.length > 20_000 ? text.slice(0, 10_000) + ' ' + text.slice(-10_000) : text)
  // each word of the text (a run of [\p{L}']) votes for the locales that list it; the runs are found
  // by hand, since a Unicode regex over the whole text costs more than the rest of the detection
  const votes = localeVotes()
  const scores = new Array<number>(LOCALES.length).fill(0)
  const n = sample.length
  let i = 0
  while (i < n) {
    const start = i
    while (i < n) {
      const w = wordCharWidth(sample, i)
      if (w === 0) break
      i += w
    }
    if (i === start) {
      i += isPair(sample, i) ? 2 : 1
      continue
    }
    // no listed word is longer: don't slice the rest
    if (i - start > votes.longest) continue
    for (const [k, weight] of votes.words.get(sample.slice(start, i)) ?? []) scores[k]! += weight
  }
  let best: Locale = en
  let bestScore = 0
  for (const [k, l] of LOCALES.entries()) {
    if (scores[k]! > bestScore) {
      best = l
      bestScore = scores[k]!
    }
  }
  return best
}

// Whether each BMP character is a letter (1) or not (2), filled in as characters are met.
const LETTERS = new Uint8Array(0x10000)
const LETTER = /\p{L}/u

function isPair(s: string, i: number): boolean {
  const c = s.charCodeAt(i)
  const d = s.charCodeAt(i + 1)
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff
}

/** The width (0, 1 or 2 code units) of the character at `i` if it is a letter or an apostrophe. */
function wordCharWidth(s: string, i: number): number {
  const c = s.charCodeAt(i)
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x27 ? 1 : 0
  // a surrogate pair is one character; a lone surrogate is no letter
  if (isPair(s, i)) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0
  let known = LETTERS[c]!
  if (known === 0) {
    known = LETTER.test(s[i]!) ? 1 : 2
    LETTERS[c] = known
  }
  return known === 1 ? 1 : 0
}

let votesCache: { words: Map<string, Array<[number, number]>>; longest: number } | undefined

/** fold()ed word -> [locale index, weight]: stopwords weigh 1, one-word labels and headings 3. */
function localeVotes(): { words: Map<string, Array<[number, number]>>; longest: number } {
  if (votesCache) return votesCache
  const votes = new Map<string, Array<[number, number]>>()
  const add = (k: number, word: string, weight: number) => {
    const f = fold(word)
    const list = votes.get(f) ?? []
    const entry = list.find((e) => e[0] === k)
    if (entry) entry[1] += weight
    else list.push([k, weight])
    votes.set(f, list)
  }
  for (const [k, l] of LOCALES.entries()) {
    for (const word of l.stopwords) add(k, word, 1)
    for (const list of [l.phoneLabels.voice, l.phoneLabels.mobile, l.phoneLabels.fax, l.headings])
      for (const word of list) if (word.length > 3 && !word.includes(' ')) add(k, word, 3)
  }
  let longest = 0
  for (const word of votes.keys()) longest = Math.max(longest, word.length)
  votesCache = { words: votes, longest }
  return votesCache
}

/** The locale for a BCP 47 tag, if we have it. */
export function localeByLang(lang: string): Locale | undefined {
  const base = lang.toLowerCase().split(/[-_]/)[0]
  return LOCALES.find((l) => l.lang === base || (base === 'no' && l.lang === 'nb'))
}
