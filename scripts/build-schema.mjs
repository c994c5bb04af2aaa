#!/usr/bin/env node
// Writes schema/contacts.schema.json, the JSON Schema of the document toJSON writes, generated from
// the zod schemas of the built package (z.toJSONSchema), so it can never drift from them.
// Run by `npm run build` after tsup. `--check` exits 1 when the file on disk is out of date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import * as z from 'zod'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const lib = await import(pathToFileURL(join(root, 'dist', 'index.js')).href)
const out = join(root, 'schema', 'contacts.schema.json')

/** The JSON Schema text for the contacts document. */
export function contactsJsonSchema() {
  const schema = z.toJSONSchema(lib.ContactsDocumentSchema, {
    target: 'draft-2020-12',
    io: 'input',
    override: (ctx) => {
      // zod writes format "email" (ASCII only in JSON Schema) next to its Unicode pattern; our
      // addresses may hold non-ASCII local parts and domains, which is "idn-email".
      if (ctx.jsonSchema.format === 'email') ctx.jsonSchema.format = 'idn-email'
    },
  })
  const doc = {
    $schema: schema.$schema,
    $id: lib.DOCUMENT_SCHEMA_URL,
    title: 'press-contacts document',
    description: `Contacts written by press-contacts toJSON (document version ${lib.DOCUMENT_VERSION}).`,
    ...schema,
  }
  return `${JSON.stringify(doc, null, 2)}\n`
}

const text = contactsJsonSchema()
if (process.argv.includes('--check')) {
  let current = ''
  try {
    current = readFileSync(out, 'utf8')
  } catch {}
  if (current !== text) {
    console.error('schema/contacts.schema.json is out of date: run `npm run build`')
    process.exit(1)
  }
} else {
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, text)
}
