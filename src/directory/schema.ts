import * as z from 'zod'
import { ContactSchema } from '../model/contact.js'

/**
 * One place a merged contact was seen: the release (or file) and its line.
 *
 * @example
 * SourceRefSchema.parse({ uri: 'r1.txt', date: '2024-01-10', line: 12 })
 */
export const SourceRefSchema = /*@__PURE__*/ z
  .object({
    uri: z.string().nullable(),
    date: z.string().nullable(),
    line: z.number().int().min(1),
  })
  .strict()

/**
 * Where a merged contact comes from: first and last dates seen and every source.
 *
 * @example
 * dir.entries[0].provenance // { firstSeen: '2023-02-01', lastSeen: '2024-06-01', sources: [...] }
 */
export const ProvenanceSchema = /*@__PURE__*/ z
  .object({
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
    sources: z.array(SourceRefSchema),
  })
  .strict()

/**
 * Codes of the warnings a {@link Directory} raises itself, on top of the warnings of what was added.
 *
 * @example
 * directory.warnings.filter((w) => DIRECTORY_WARNING_CODES.includes(w.code))
 */
export const DIRECTORY_WARNING_CODES = ['SHARED_EMAIL', 'SHARED_PHONE', 'POSSIBLE_DUPLICATE'] as const

/**
 * A warning of a directory: either one carried over from an added result (INVALID_PHONE with its
 * `line`, `text` and `uri`), or a merge conflict (SHARED_EMAIL, SHARED_PHONE, POSSIBLE_DUPLICATE)
 * with the `value` in question and the `names` of every contact involved.
 *
 * @example
 * // { code: 'SHARED_EMAIL', value: 'presse@example.fr', names: ['Marie Curie', 'Pierre Dupont'], message: '…' }
 * dir.warnings.filter((w) => w.code === 'SHARED_EMAIL')
 */
export const DirectoryWarningSchema = /*@__PURE__*/ z
  .object({
    code: z.string().min(1),
    message: z.string(),
    line: z.number().int().min(1).optional(),
    text: z.string().optional(),
    uri: z.string().optional(),
    value: z.string().optional(),
    names: z.array(z.string()).optional(),
  })
  .strict()

/**
 * One merged contact with its provenance and the records it was merged from.
 *
 * @example
 * for (const { contact, provenance, records } of dir.entries) console.log(contact.name, records.length)
 */
export const DirectoryEntrySchema = /*@__PURE__*/ z
  .object({
    contact: ContactSchema,
    provenance: ProvenanceSchema,
    records: z.array(ContactSchema).min(1),
  })
  .strict()

/** The marker of a directory document, telling it apart from a plain contacts document. */
export const DIRECTORY_KIND = 'press-contacts/directory'

/**
 * A directory as JSON (`Directory#toJSON`). `records` are the truth: `contact`, `provenance` and the
 * merge warnings are derived from them again on reading, so hand edits belong in `records`.
 *
 * @example
 * const ok = DirectoryDocumentSchema.safeParse(JSON.parse(readFileSync('directory.json', 'utf8'))).success
 */
export const DirectoryDocumentSchema = /*@__PURE__*/ z
  .object({
    kind: z.literal(DIRECTORY_KIND),
    version: z.literal(1),
    entries: z.array(DirectoryEntrySchema),
    warnings: z.array(DirectoryWarningSchema),
  })
  .strict()

/**
 * A source of a merged contact; inferred from {@link SourceRefSchema}.
 *
 * @example
 * const ref: SourceRef = { uri: 'r1.txt', date: null, line: 3 }
 */
export type SourceRef = z.infer<typeof SourceRefSchema>
/**
 * Provenance of a merged contact; inferred from {@link ProvenanceSchema}.
 *
 * @example
 * const { firstSeen, lastSeen }: Provenance = dir.entries[0].provenance
 */
export type Provenance = z.infer<typeof ProvenanceSchema>
/**
 * A warning of a directory; inferred from {@link DirectoryWarningSchema}.
 *
 * @example
 * const conflicts: DirectoryWarning[] = dir.warnings.filter((w) => w.names)
 */
export type DirectoryWarning = z.infer<typeof DirectoryWarningSchema>
/**
 * Codes of merge conflicts.
 *
 * @example
 * const code: DirectoryWarningCode = 'SHARED_EMAIL'
 */
export type DirectoryWarningCode = (typeof DIRECTORY_WARNING_CODES)[number]
/**
 * A merged contact with provenance; inferred from {@link DirectoryEntrySchema}.
 *
 * @example
 * const [first]: DirectoryEntry[] = dir.entries
 */
export type DirectoryEntry = z.infer<typeof DirectoryEntrySchema>
/**
 * A directory document; inferred from {@link DirectoryDocumentSchema}.
 *
 * @example
 * const doc: DirectoryDocument = JSON.parse(dir.toJSON())
 */
export type DirectoryDocument = z.infer<typeof DirectoryDocumentSchema>
