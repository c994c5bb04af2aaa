// Runs the public API on the built package: `npm run build && node examples/api.mjs`.
import { readFileSync } from 'node:fs'
import { ContactSchema, extractContacts, toJSON, toVCard } from '../dist/index.js'

const text = readFileSync(new URL('./release.txt', import.meta.url), 'utf8')
const { contacts, warnings } = extractContacts(text, {
  defaultCountry: 'FR',
  source: { uri: 'examples/release.txt' },
})

for (const c of contacts) {
  const phones = c.phones.map((p) => `${p.e164} (${p.type})`).join(', ')
  console.log(`${c.kind === 'org' ? 'desk' : 'person'}: ${c.name} | ${phones} | ${c.emails.join(', ')}`)
}
for (const w of warnings) console.log(`warning line ${w.line}: ${w.code}: ${w.message}`)

// every record is valid against the published schema
console.log(
  'all valid:',
  contacts.every((c) => ContactSchema.safeParse(c).success),
)
console.log(toVCard(contacts.slice(0, 1), { revision: '2024-03-12T00:00:00Z' }))
console.log(toJSON(contacts).split('\n').slice(0, 6).join('\n'), '…')
