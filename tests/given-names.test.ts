import { describe, expect, it } from 'vitest'
import { givenNames, isGivenName } from '../src/locales/given-names.js'

// [with diacritics, the same name typed without them] for each region the list covers
const SAMPLES: Record<string, string[]> = {
  english: [
    'Morgan',
    'Jennifer',
    'Liam',
    'Niamh',
    'Siobhán',
    'Siobhan',
    'Rhys',
    'Kirsty',
    'Bill',
    'Mark',
    'Rose',
  ],
  french: ['François', 'Francois', 'Benoît', 'Hélène', 'Gaëlle', 'Jean', 'Marc', 'Josée', 'Réjean'],
  german: ['Jürgen', 'Jurgen', 'Jörg', 'Ursula', 'Hans', 'Peter', 'Beat', 'Günther'],
  spanish: ['José', 'Jose', 'Iñaki', 'Joaquín', 'Begoña', 'Nuria', 'Jordi', 'Ximena', 'Guadalupe'],
  portuguese: ['João', 'Joao', 'Conceição', 'Gonçalo', 'Thiago'],
  italian: ['Niccolò', 'Giuseppe', 'Chiara', 'Gianluca'],
  dutch: ['Sanne', 'Joost', 'Pieter', 'Marieke', 'Koen'],
  nordic: ['Søren', 'Soren', 'Bjørn', 'Åke', 'Mette', 'Pål', 'Ingrid', 'Øystein'],
  icelandic: ['Þórður', 'Thordur', 'Guðrún', 'Gudrun'],
  finnish: ['Päivi', 'Jukka', 'Tuula'],
  baltic: ['Kaspars', 'Jānis', 'Mārtiņš', 'Ilze', 'Justinas', 'Žydrūnas', 'Aušra', 'Tõnu', 'Jüri', 'Kadri'],
  polish: ['Łukasz', 'Lukasz', 'Małgorzata', 'Wojciech', 'Paweł'],
  czechSlovak: ['Jiří', 'Kateřina', 'Ľubomír', 'Zuzana'],
  hungarian: ['Erzsébet', 'György', 'Zsuzsanna'],
  romanian: ['Ștefan', 'Ionuț', 'Mădălina'],
  greek: ['Giorgos', 'Eleni', 'Konstantinos'],
  turkish: ['Ayşe', 'Aslı', 'ASLI', 'İbrahim', 'Gökhan'],
  russianUkrainian: ['Oleksandr', 'Yulia', 'Dmitry', 'Iryna'],
  arabic: ['Mohammed', 'Fatima', 'Khaled'],
  indian: ['Priya', 'Rahul', 'Sanjay'],
  chinese: ['Wei', 'Xiaoming', 'Jing'],
  japanese: ['Hiroshi', 'Yuki', 'Tomoko'],
  korean: ['Jihoon', 'Ji', 'hoon'],
}

const PRESS_WORDS = [
  'Press',
  'Office',
  'Media',
  'International',
  'Toll',
  'Free',
  'Team',
  'Service',
  'Polizei',
  'Ministry',
  'Number',
  'Callers',
  'Relations',
  'Communications',
  'Contact',
]

// Names left out because they are also everyday capitalised words, months, titles, places or brands.
const EXCLUDED = (
  'will may june april august grant hope chase guy sky summer paris china general major royal santa san ' +
  'del van von de la le di da dos das der den ten ter mr mrs dr prof tel fax info presse premier president ' +
  'minister north south east west new city county police state line edit job can said real marine german ' +
  'liga mercedes sydney don king sultan jun mai abril domingo li na min lan ai an al ed'
).split(' ')

describe('givenNames()', () => {
  it('holds a few thousand folded, unique entries', () => {
    expect(givenNames().size).toBeGreaterThan(2500)
    expect(givenNames().size).toBeLessThan(4000)
    for (const name of givenNames()) expect(name).toMatch(/^[a-z]{2,}$/)
  })

  it('finds every entry through isGivenName, in any case', () => {
    for (const name of givenNames()) {
      expect(isGivenName(name)).toBe(true)
      expect(isGivenName(name.toUpperCase())).toBe(true)
    }
  })
})

describe('isGivenName', () => {
  for (const [region, names] of Object.entries(SAMPLES)) {
    it(`recognises ${region} names`, () => {
      for (const name of names) expect(isGivenName(name), name).toBe(true)
    })
  }

  it('folds case, NFC and NFD input and letters NFD leaves alone', () => {
    expect(isGivenName('JOSÉ')).toBe(true)
    expect(isGivenName('Jose\u0301')).toBe(true)
    expect(isGivenName('zoë')).toBe(true)
    expect(isGivenName('Zoe')).toBe(true)
    expect(isGivenName('SØREN')).toBe(true)
    expect(isGivenName('ŁUKASZ')).toBe(true)
  })

  it('checks hyphenated names part by part, as callers do', () => {
    for (const part of 'Jean-Marc'.split('-')) expect(isGivenName(part)).toBe(true)
    for (const part of 'Hans-Peter'.split('-')) expect(isGivenName(part)).toBe(true)
    expect(isGivenName('Jean-Marc')).toBe(false)
  })

  it('rejects common press words', () => {
    for (const word of PRESS_WORDS) expect(isGivenName(word), word).toBe(false)
  })

  it('rejects names that are also everyday words, months, titles, places or brands', () => {
    for (const word of EXCLUDED) expect(isGivenName(word), word).toBe(false)
  })

  it('rejects empty and non-name input', () => {
    expect(isGivenName('')).toBe(false)
    expect(isGivenName(' ')).toBe(false)
    expect(isGivenName('42')).toBe(false)
  })
})
