import { isGivenName } from '../locales/given-names.js'
import { fold, hasPhrase, hasWord, type Lexicon } from '../locales/index.js'

/** What a short phrase of a contact block is. */
export type PhraseKind = 'heading' | 'title' | 'desk' | 'org' | 'person' | 'nameish' | 'text'

export interface Phrase {
  kind: PhraseKind
  text: string
  start: number
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*|\p{Lu}\.(?:-\p{Lu}\.)?)$/u
const ALL_CAPS = /^\p{Lu}[\p{Lu}'’-]+$/u
// Unicode regexes live in constants: the build (esbuild) turns some of them into `new RegExp()` calls,
// which would compile again on every evaluation in a hot loop.
const UPPER_START = /^\p{Lu}/u
const ORG_START = /^[\p{Lu}\p{N}]/u
const CAPS_WRITTEN = /^[\p{Lu}.]+$/u
const NOT_LETTERS = /[^\p{L}]/gu
const DESK_LEAD_WORDS = /^(?:[\p{Ll}][\p{L}'’]*\s+){1,4}(?=\p{Lu})/u
const ARTICLES = new Set([
  'the',
  'our',
  'la',
  'le',
  'el',
  'il',
  'lo',
  'der',
  'die',
  'das',
  'de',
  'het',
  'unser',
  'unsere',
  'notre',
  'nuestra',
  'nuestro',
  'a',
  'an',
  'o',
])
const ROMANCE_HEAD_DESKS = new Set([
  'service',
  'bureau',
  'ufficio',
  'oficina',
  'gabinete',
  'departamento',
  'afdeling',
  'direction',
  'direccion',
  'servizio',
  'area',
  'otdel',
  'отдел',
  'biuro',
  'assessoria',
  'pole',
  'cellule',
  'salle',
  'sala',
  'espace',
])

/**
 * Readings of phrases kept for one extraction, on its own copy of the lexicon: a line hands the
 * same phrase to the classifiers several times (whole, as its first part, cleaned of labels).
 */
export interface PhraseMemo {
  kinds: Map<string, PhraseKind>
  shapes: Map<string, 'strong' | 'weak' | null>
  inProse: Map<string, readonly Phrase[]>
}

/** A fresh {@link PhraseMemo}. */
export function phraseMemo(): PhraseMemo {
  return { kinds: new Map(), shapes: new Map(), inProse: new Map() }
}

// bounds a memo's memory on very large texts
const MEMO_LIMIT = 10_000

export function remember<V>(memo: Map<string, V>, key: string, value: V): void {
  if (memo.size >= MEMO_LIMIT) memo.clear()
  memo.set(key, value)
}

/** `compute(key)`, looked up in `memo` first and remembered there (no memo: computed every time). */
export function memoized<V>(memo: Map<string, V> | undefined, key: string, compute: (key: string) => V): V {
  if (!memo) return compute(key)
  let value = memo.get(key)
  if (value === undefined) {
    value = compute(key)
    remember(memo, key, value)
  }
  return value
}

function words(text: string): string[] {
  return text.match(WORD) ?? []
}

export function foldWords(text: string): string[] {
  return words(text).map((w) => fold(w).replace(/\.$/, ''))
}

/** Strips leading honorifics ("Dr.", "Prof. Dr.", "Mme", "M.") from a name. */
export function stripHonorifics(name: string, lex: Lexicon): string {
  let rest = name.trim()
  for (let k = 0; k < 4; k++) {
    const m = /^([\p{L}.'’-]+)\.?\s+/u.exec(rest)
    if (!m) break
    const key = fold(m[1]!).replace(/\.$/, '')
    if (!lex.honorifics.has(key)) break
    const after = rest.slice(m[0].length)
    if (words(after).length < 1) break
    rest = after
  }
  return rest
}

export function isTitle(words: string[], lex: Lexicon): boolean {
  // an article before a title is not part of it: "la concejala de Juventud", "der Pressesprecher"
  let fw = words
  while (fw.length > 1 && ARTICLES.has(fw[0]!)) fw = fw.slice(1)
  if (fw.length === 0) return false
  const two = fw.slice(0, 2).join(' ')
  if (hasPhrase(lex.titles, two) || hasPhrase(lex.titles, fw.join(' '))) return true
  if (hasWord(lex.titles, fw[0]!)) return true
  if (fw.length <= 6 && hasWord(lex.titles, fw[fw.length - 1]!)) return true
  return false
}

function isDesk(fw: string[], lex: Lexicon): boolean {
  if (fw.length === 0 || fw.length > 7) return false
  const whole = fw.join(' ')
  if (hasPhrase(lex.desks, whole)) return true
  const last = fw[fw.length - 1]!
  if (fw.length >= 2 && hasPhrase(lex.desks, fw.slice(-2).join(' '))) return true
  if (fw.length >= 2 && hasWord(lex.desks, last) && !lex.stopwords.has(last)) return true
  if (fw.length === 1 && hasWord(lex.desks, last) && last.length > 6) return true
  if (fw.length >= 2 && ROMANCE_HEAD_DESKS.has(fw[0]!)) return true
  // a desk word first, then its organisation: "Pressestelle Polizei Hamburg", "Persvoorlichting Waterschap X"
  // ("Office of the Minister" is an organisation: English puts the head last)
  if (fw.length >= 2 && fw[0]!.length > 6 && hasWord(lex.desks, fw[0]!) && !['of', 'for'].includes(fw[1]!))
    return true
  return false
}

function isOrg(fw: string[], lex: Lexicon, raw?: string[]): boolean {
  if (fw.length === 0) return false
  for (let k = 0; k < fw.length; k++) {
    // a short legal form counts written as one: "SA", "S.A.", "AG", not the name "Sá"
    const short = fw[k]!.replace(/\./g, '').length <= 3
    const written = raw?.[k]
    if (short && written !== undefined && !CAPS_WRITTEN.test(written) && !written.includes('.')) continue
    if (hasWord(lex.orgWords, fw[k]!)) return true
    if (k + 1 < fw.length && hasPhrase(lex.orgWords, `${fw[k]} ${fw[k + 1]}`)) return true
  }
  return false
}

/**
 * Whether a phrase has the shape of a person's name: 2 to 5 capitalised tokens (particles allowed
 * inside), no digits, no function words. Returns 'strong' when a token is a known given name or a
 * surname is written in capitals next to a mixed-case given name.
 */
export function nameShape(
  text: string,
  lex: Lexicon,
  known?: { fieldWords: boolean },
): 'strong' | 'weak' | null {
  return memoized(lex.memo?.shapes, text, (t) => shapeOf(t, lex, known))
}

/**
 * `known.fieldWords`: whether the text is already known to read as a title, desk, organisation or
 * heading (the classifier has just checked the same words), so that it is not checked twice.
 */
function shapeOf(text: string, lex: Lexicon, known?: { fieldWords: boolean }): 'strong' | 'weak' | null {
  const toks = text.trim().split(/\s+/)
  if (toks.length < 2 || toks.length > 6) return null
  let core = 0
  let caps = 0
  let mixed = 0
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!
    const f = fold(t)
    if (lex.particles.has(f) || (k > 0 && /^(?:d['’]|l['’])/iu.test(t))) {
      if (k === 0 || k === toks.length - 1) return null
      continue
    }
    if (!NAME_TOKEN.test(t)) return null
    if (/\d/.test(t)) return null
    // a function word is no name ("The Office"), but "El" in "Noor El Amrani" is
    if (lex.stopwords.has(f) && (k === 0 || !UPPER_START.test(t))) return null
    core++
    if (ALL_CAPS.test(t) && t.length > 1) caps++
    else mixed++
  }
  if (core < 2 || core > 4) return null
  if (!known) {
    const fw = foldWords(text)
    if (isTitle(fw, lex) || isDesk(fw, lex) || isOrg(fw, lex, words(text))) return null
    if (hasPhrase(lex.headings, fw.join(' '))) return null
  } else if (known.fieldWords) return null
  if (lex.emailLocals && matchesEmail(toks, lex)) return 'strong'
  const first = toks.find((t) => !/\.$/.test(t) || t.length > 2)
  const given = (t: string | undefined) => t !== undefined && isGivenWord(t)
  if (given(first) || given(toks[toks.length - 1])) return 'strong'
  // "Jean-Marc LE GALL", "BRESSON Pascale": a capitalised surname beside a short mixed-case given name
  // "Jean-Marc LE GALL", "BRESSON Pascale": a capitalised surname (not an abbreviation such as FC, AG, IR)
  // beside a short mixed-case given name
  const longCaps = toks.some((t) => ALL_CAPS.test(t) && t.replace(NOT_LETTERS, '').length >= 3)
  const mixedGiven = toks.some((t) => !ALL_CAPS.test(t) && given(t))
  if (
    caps > 0 &&
    longCaps &&
    (mixed === 1 || (mixed === 2 && mixedGiven)) &&
    toks.every((t) => ALL_CAPS.test(t) || t.length <= 12)
  )
    return 'strong'
  return 'weak'
}

/** A desk's name without the words of the sentence around it: "avec le Service de presse" -> "Service de presse". */
export function trimDesk(text: string): string {
  const m = DESK_LEAD_WORDS.exec(text)
  return m ? text.slice(m[0].length) : text
}

/**
 * Whether a written name matches a local part of an e-mail address in the same document
 * ("Maurice Gingues" ~ "mgingues@", "Wiebke Lindqvist" ~ "wiebke.lindqvist@"): the family name in
 * full and the given name or its initial.
 */
function matchesEmail(toks: string[], lex: Lexicon): boolean {
  const locals = lex.emailLocals
  if (!locals || locals.size === 0) return false
  const letters = (t: string) => fold(t).replace(/[^a-z]/g, '')
  const words = toks.map(letters).filter((w) => w.length > 0)
  if (words.length < 2) return false
  // the local parts this name could have: the family name alone or with the given name, its
  // initials or a prefix of it (3+ letters) before or after it; looked up, never scanned
  for (let k = 1; k < words.length; k++) {
    const given = words.slice(0, k).join('')
    const initials = words
      .slice(0, k)
      .map((w) => w[0])
      .join('')
    const rests = new Set(['', given, initials, words[0]!])
    for (let n = 3; n < given.length; n++) rests.add(given.slice(0, n))
    for (const family of [words.slice(k).join(''), words[words.length - 1]!]) {
      if (family.length < 3) continue
      for (const rest of rests) if (locals.has(rest + family) || locals.has(family + rest)) return true
    }
  }
  return false
}

/**
 * Whether `name` starts with a known given name (each part of a hyphenated one), honorifics skipped:
 * "Jesper Ingemann", "Dr. Kai-Uwe Reinhold", not "Tierra Clara" (a place that ends in a given name).
 */
export function startsWithGivenName(name: string, lex: Lexicon): boolean {
  const first = name.split(/\s+/).find((w) => !lex.honorifics.has(fold(w).replace(/\.$/, '')))
  return first !== undefined && isGivenWord(first)
}

/** Whether a word is a known given name, each part of a hyphenated one ("Kai-Uwe", "Jean-Marc"). */
function isGivenWord(word: string): boolean {
  return word.split('-').every((p) => p.length > 0 && isGivenName(p))
}

/** Classifies one short phrase of a contact block (between separators). */
export function classifyPhrase(raw: string, lex: Lexicon): PhraseKind {
  // no name, title, desk or organisation runs to hundreds of characters; a megabyte-long "word" would
  // also overflow the regex engine's backtracking stack in the word patterns below
  if (raw.length > MAX_PHRASE) return 'text'
  return memoized(lex.memo?.kinds, raw, (t) => classify(t, lex))
}

/** The longest phrase read as anything but text. */
const MAX_PHRASE = 400

function classify(raw: string, lex: Lexicon): PhraseKind {
  const text = raw.trim()
  const fw = foldWords(text)
  if (fw.length === 0) return 'text'
  const whole = fw.join(' ')
  const deskName = hasPhrase(lex.desks, whole)
  // a desk's name also heads blocks ("Pressestelle", "Ufficio stampa"): read it as the desk
  // (a bare "Press:" or "Media:" is a heading)
  if (deskName && UPPER_START.test(text) && (fw.length > 1 || fw[0]!.length > 6)) return 'desk'
  if (hasPhrase(lex.headings, whole)) return 'heading'
  if (isTitle(fw, lex)) return 'title'
  // a desk is named with a capital ("Service de presse"), unless the whole phrase is a desk's name
  const desk = isDesk(fw, lex)
  if (desk && (UPPER_START.test(text) || deskName)) return 'desk'
  const org = isOrg(fw, lex, words(text))
  if (org && ORG_START.test(text)) return 'org'
  const name = stripHonorifics(text, lex)
  // with no honorific stripped, the name's words are the ones just checked (none a title or heading)
  const shape = nameShape(name, lex, name === text ? { fieldWords: desk || org } : undefined)
  if (shape === 'strong') return 'person'
  if (shape === 'weak') return 'nameish'
  return 'text'
}

/** A person's name split for vCard N: given and family names, honorifics left out. */
export interface NameParts {
  name: string
  givenName: string | null
  familyName: string | null
}

/**
 * Splits a person's name: particles start the family name ("Sanne de Vries"), capitals mark it
 * ("Jean-Marc LE GALL", "BRESSON Pascale"), two trailing surnames where the language has them
 * ("Lucía Romero Gil").
 */
export function splitName(written: string, lex: Lexicon): NameParts {
  const name = stripHonorifics(written, lex).replace(/\s+/g, ' ').trim()
  const toks = name.split(' ')
  if (toks.length < 2) return { name, givenName: null, familyName: name }
  const isCaps = (t: string) => ALL_CAPS.test(t) && t.replace(NOT_LETTERS, '').length > 1
  // surname first in capitals: "BRESSON Pascale"
  let capsEnd = 0
  while (
    capsEnd < toks.length &&
    (isCaps(toks[capsEnd]!) || (capsEnd > 0 && lex.particles.has(fold(toks[capsEnd]!))))
  )
    capsEnd++
  if (capsEnd > 0 && capsEnd < toks.length && !toks.slice(capsEnd).some(isCaps))
    return { name, givenName: toks.slice(capsEnd).join(' '), familyName: toks.slice(0, capsEnd).join(' ') }
  // surname last in capitals: "Jean-Marc LE GALL"
  let capsStart = toks.length
  while (capsStart > 1 && (isCaps(toks[capsStart - 1]!) || lex.particles.has(fold(toks[capsStart - 1]!))))
    capsStart--
  if (capsStart < toks.length && capsStart > 0 && !toks.slice(0, capsStart).some(isCaps))
    return {
      name,
      givenName: toks.slice(0, capsStart).join(' '),
      familyName: toks.slice(capsStart).join(' '),
    }
  // a particle opens the family name: "Pieter van der Berg", "Jean de La Fontaine"
  for (let k = 1; k < toks.length - 1; k++) {
    if (lex.particles.has(fold(toks[k]!)) || /^(?:d['’]|l['’])/iu.test(toks[k]!))
      return { name, givenName: toks.slice(0, k).join(' '), familyName: toks.slice(k).join(' ') }
  }
  if (toks.length === 3 && lex.twoSurnames)
    return { name, givenName: toks[0]!, familyName: toks.slice(1).join(' ') }
  return { name, givenName: toks.slice(0, -1).join(' '), familyName: toks[toks.length - 1]! }
}
