import { describe, expect, it } from 'vitest'
import { classifyPhrase, nameShape, splitName } from '../../src/extract/names.js'
import { LOCALES, lexiconFor, localeByLang } from '../../src/locales/index.js'

const lex = (lang: string) => lexiconFor(localeByLang(lang) ?? LOCALES[0]!)

describe('splitName', () => {
  it.each([
    ['Pascale Bresson', 'en', 'Pascale', 'Bresson'],
    ['Sanne de Vries', 'nl', 'Sanne', 'de Vries'],
    ['Pieter van der Berg', 'nl', 'Pieter', 'van der Berg'],
    ['Jean-Marc LE GALL', 'fr', 'Jean-Marc', 'LE GALL'],
    ['BRESSON Pascale', 'fr', 'Pascale', 'BRESSON'],
    ['Lucía Romero Gil', 'es', 'Lucía', 'Romero Gil'],
    ['Per Axel Koch', 'nb', 'Per Axel', 'Koch'],
    ['Dr. Anna Schmidt', 'de', 'Anna', 'Schmidt'],
    ['Mme Claire Dubois', 'fr', 'Claire', 'Dubois'],
    ['Prof. Dr. Wiebke Lindqvist', 'de', 'Wiebke', 'Lindqvist'],
  ])('%s (%s) -> %s / %s', (written, lang, given, family) => {
    const parts = splitName(written, lex(lang))
    expect([parts.givenName, parts.familyName]).toEqual([given, family])
    expect(parts.name).not.toMatch(/^(Dr|Mme|Prof)\b/)
  })
})

describe('classifyPhrase', () => {
  it.each([
    ['Press Office', 'en', 'desk'],
    ['Service de presse', 'fr', 'desk'],
    ['Pressestelle', 'de', 'desk'],
    ['Ufficio Stampa', 'it', 'desk'],
    ['Head of Media Relations', 'en', 'title'],
    ['Directeur de la communication', 'fr', 'title'],
    ['Leiterin Unternehmenskommunikation', 'de', 'title'],
    ['Pressesprecherin', 'de', 'title'],
    ['woordvoerder', 'nl', 'title'],
    ['Responsable de Comunicación', 'es', 'title'],
    ['Polizeipräsidium Aalen', 'de', 'org'],
    ['Federation of Canadian Municipalities', 'en', 'org'],
    ['Media contacts', 'en', 'heading'],
    ['Contacts presse', 'fr', 'heading'],
    ['Morgan Lee', 'en', 'person'],
    ['Raphaël Sart', 'fr', 'person'],
  ])('%s (%s) is a %s', (phrase, lang, kind) => {
    expect(classifyPhrase(phrase, lex(lang))).toBe(kind)
  })

  it('does not take capitalised common words for a name', () => {
    expect(nameShape('Toll Free Number', lex('en'))).not.toBe('strong')
    expect(nameShape('International Callers', lex('en'))).not.toBe('strong')
    expect(nameShape('Northwind Robotics', lex('en'))).not.toBe('strong')
  })

  it('takes an unknown name for a person when an e-mail of the document matches it', () => {
    const withEmail = { ...lex('en'), emailLocals: new Set(['mgingues']) }
    expect(nameShape('Maurice Gingues', withEmail)).toBe('strong')
    expect(nameShape('Zorblax Gingues', lex('en'))).toBe('weak')
    expect(nameShape('Zorblax Gingues', { ...lex('en'), emailLocals: new Set(['zgingues']) })).toBe('strong')
  })
})
