import { fold, hasPhrase, hasWord, type Lexicon } from '../locales/index.js'
import {
  foldWords,
  isTitle,
  memoized,
  nameShape,
  type Phrase,
  startsWithGivenName,
  stripHonorifics,
} from './names.js'

// Unicode regexes live in constants: the build (esbuild) turns some of them into `new RegExp()` calls,
// which would compile again on every evaluation in a hot loop.
const UPPER_START = /^\p{Lu}/u
const LOWER_START = /^\p{Ll}/u
const PROSE_TOKEN = /[\p{L}][\p{L}'’.-]*/gu
// tested on a word's last 9 code units (4 letters, astral ones included, and the stop): a long word stays cheap
const SENTENCE_END_WORD = /\p{L}{4}\.$/u
const DESK_HEADS = new Set([
  'team',
  'office',
  'desk',
  'department',
  'unit',
  'service',
  'centre',
  'center',
  'hotline',
  'helpline',
  'secretariat',
  'newsroom',
])

/**
 * Finds person names and desks inside a prose phrase ("please contact Morgan Lee at",
 * "through our Communications Team on"): runs of capitalised words, kept when they start with a
 * known given name or end with a desk word.
 */
export function findInProse(text: string, lex: Lexicon): readonly Phrase[] {
  return memoized(lex.memo?.inProse, text, (t) => inProse(t, lex))
}

function inProse(text: string, lex: Lexicon): Phrase[] {
  const out: Phrase[] = []
  const toks = [...text.matchAll(PROSE_TOKEN)]
  let k = 0
  while (k < toks.length) {
    const t = toks[k]![0]
    if (!UPPER_START.test(t)) {
      // languages that write desks in lower case: "kommunens pressevakt på telefon …"
      const f = fold(t).replace(/\.$/, '')
      if (f.length >= 8 && hasWord(lex.desks, f) && !hasWord(lex.titles, f))
        out.push({ kind: 'desk', text: t.replace(/\.$/, ''), start: toks[k]!.index! })
      k++
      continue
    }
    let e = k + 1
    while (e < toks.length && e - k < 7) {
      const w = toks[e]![0]
      // a sentence ends at "Verfügung." (not at "Dr." or "J.")
      if (SENTENCE_END_WORD.test(toks[e - 1]![0].slice(-9))) break
      const gapText = text.slice(toks[e - 1]!.index! + toks[e - 1]![0].length, toks[e]!.index)
      if (!/^ +$/.test(gapText)) break
      const lowerJoin = lex.particles.has(fold(w)) || lex.honorifics.has(fold(w).replace(/\.$/, ''))
      if (UPPER_START.test(w) || (lowerJoin && e + 1 < toks.length && UPPER_START.test(toks[e + 1]![0]))) e++
      else break
    }
    const start = toks[k]!.index!
    // a lower-case head noun of a desk after the capitalised words: "our Customer Relations team",
    // "Northvale Railway press office" (not "After-hours media line": "media" is no head)
    for (let x = e; x < toks.length && x < e + 2 && !UPPER_START.test(toks[x]![0]); x++) {
      if (!/^ +$/.test(text.slice(toks[x - 1]!.index! + toks[x - 1]![0].length, toks[x]!.index))) break
      const f = fold(toks[x]![0]).replace(/\.$/, '')
      if (DESK_HEADS.has(f)) {
        e = x + 1
        break
      }
      const next = toks[x + 1] ? fold(toks[x + 1]![0]).replace(/\.$/, '') : ''
      if (!DESK_HEADS.has(next) || !hasWord(lex.desks, f)) break
    }
    let end = toks[e - 1]!.index! + toks[e - 1]![0].length
    let run = text.slice(start, end).replace(/[.]$/, '')
    let fw = foldWords(run)
    // "Abteilung Kommunikation des Spitalzentrums Seeland": the desk ends at its last desk word
    let deskEnd = -1
    for (let q = fw.length - 1; q >= 0 && deskEnd < 0; q--)
      if (hasWord(lex.desks, fw[q]!) && !hasWord(lex.titles, fw[q]!)) deskEnd = q
    if (
      deskEnd >= 0 &&
      deskEnd < fw.length - 1 &&
      fw.length === e - k &&
      lex.particles.has(fw[deskEnd + 1]!)
    ) {
      e = k + deskEnd + 1
      end = toks[e - 1]!.index! + toks[e - 1]![0].length
      run = text.slice(start, end).replace(/[.]$/, '')
      fw = foldWords(run)
    }
    const last = fw[fw.length - 1] ?? ''
    const deskTail =
      (hasWord(lex.desks, last) && !hasWord(lex.titles, last)) ||
      (fw.length >= 2 && hasPhrase(lex.desks, fw.slice(-2).join(' ')))
    if ((fw.length >= 2 || last.length > 6) && deskTail) {
      // drop a leading sentence word ("Our Communications Team")
      let s = 0
      while (
        s < fw.length - 1 &&
        (lex.stopwords.has(fw[s]!) || ['our', 'the', 'unser', 'notre'].includes(fw[s]!))
      )
        s++
      const sub = toks.slice(k + s, e)
      out.push({
        kind: 'desk',
        text: text.slice(sub[0]!.index!, end).replace(/[.]$/, ''),
        start: sub[0]!.index!,
      })
    } else {
      // a name may follow capitalised words ("Presserådgiver Jesper Ingemann", "Contact Doug Nicoll")
      for (let s = k; s < e - 1; s++) {
        const sub = text.slice(toks[s]!.index!, end).replace(/[.]$/, '')
        const stripped = stripHonorifics(sub, lex)
        if (e - s > 4 && stripped === sub) continue
        // an honorific before a name-shaped phrase is evidence enough ("Dr. med. Regula Imhof-Baumann")
        const shape = nameShape(stripped, lex)
        // after other capitalised words the name must start with its given name, or an honorific: the
        // end of "Fundación Tierra Clara" is a place that ends in a given name, no person
        if (s > k && stripped === sub && !startsWithGivenName(stripped, lex)) continue
        if (shape === 'strong' || (shape === 'weak' && stripped !== sub)) {
          // a lower-case title right before the name: "kommunikasjonsrådgiver Ingrid Solberg-Aas"
          const prev = toks[k - 1]
          if (
            s === k &&
            prev &&
            LOWER_START.test(prev[0]) &&
            /^ +$/.test(text.slice(prev.index! + prev[0].length, toks[k]!.index)) &&
            isTitle([fold(prev[0]).replace(/\.$/, '')], lex)
          )
            out.push({ kind: 'title', text: prev[0], start: prev.index! })
          out.push({ kind: 'person', text: sub, start: toks[s]!.index! })
          break
        }
      }
    }
    k = e
  }
  return out
}
