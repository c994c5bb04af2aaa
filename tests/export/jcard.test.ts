import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { contactToJCard, toJCard, toVCard } from '../../src/index.js'
import { desk, parseCards, person, values } from './helpers.js'

describe('toJCard (RFC 7095)', () => {
  const c = person({ phones: [{ e164: '+33144767539', type: 'voice', ext: '204', raw: '', label: null }] })
  const text = toJCard([c, desk()], { revision: '2024-03-12T10:30:00Z' })
  const jcards = JSON.parse(text) as unknown[][]

  it('is a JSON array of jCards, one per contact', () => {
    expect(text.endsWith('\n')).toBe(true)
    expect(jcards).toHaveLength(2)
    expect(jcards.every((j) => j[0] === 'vcard')).toBe(true)
  })

  it('holds what the vCard 4.0 holds, as ical.js reads both', () => {
    const fromJ = jcards.map((j) => new ICAL.Component(j))
    const from4 = parseCards(toVCard([c, desk()], { version: '4.0', revision: '2024-03-12T10:30:00Z' }))
    for (const prop of ['version', 'kind', 'fn', 'n', 'org', 'title', 'tel', 'email', 'note', 'uid']) {
      expect(
        fromJ.map((k) => values(k, prop)),
        prop,
      ).toEqual(from4.map((k) => values(k, prop)))
    }
    expect(values(fromJ[0]!, 'rev')).toEqual(['2024-03-12T10:30:00Z'])
  })

  it('writes the RFC 7095 property shapes', () => {
    const [, props] = contactToJCard(c)
    expect(props.find(([n]) => n === 'tel')).toEqual([
      'tel',
      { type: ['work', 'voice'], pref: '1' },
      'uri',
      'tel:+33144767539;ext=204',
    ])
    expect(props.find(([n]) => n === 'n')).toEqual(['n', {}, 'text', ['Bresson', 'Pascale', '', '', '']])
    expect(props.find(([n]) => n === 'email')).toEqual([
      'email',
      { type: 'work', pref: '1' },
      'text',
      'pascale.bresson@example.fr',
    ])
    const [, deskProps] = contactToJCard(desk())
    expect(deskProps.find(([n]) => n === 'org')).toEqual([
      'org',
      {},
      'text',
      ['Orbital Harvest Consortium', 'Press Office'],
    ])
    expect(deskProps.find(([n]) => n === 'kind')).toEqual(['kind', {}, 'text', 'org'])
  })
})
