import { PressContactsError } from '../errors.js'

const FIELDS = ['defaultCountry', 'organization', 'source', 'language', 'maxLength']

/**
 * Checks the options of `extractContacts` from untyped callers (JavaScript, JSON config): a wrong type is an
 * INVALID_ARGUMENT error naming the option, never a TypeError from deep inside, nor a contact silently dropped
 * because a bad `organization` or `source` made it fail validation.
 */
export function checkExtractOptions(options: unknown): void {
  if (options === undefined) return
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new PressContactsError('INVALID_ARGUMENT', 'extractContacts options must be an object')
  const o = options as Record<string, unknown>
  for (const key of FIELDS) {
    const value = o[key]
    if (value === undefined || value === null) continue
    const ok =
      key === 'maxLength'
        ? typeof value === 'number' && value >= 0
        : key === 'source'
          ? typeof value === 'object' &&
            !Array.isArray(value) &&
            ['uri', 'date'].every((k) => {
              const v = (value as Record<string, unknown>)[k]
              return v === undefined || typeof v === 'string'
            })
          : typeof value === 'string'
    if (!ok)
      throw new PressContactsError(
        'INVALID_ARGUMENT',
        key === 'maxLength'
          ? 'options.maxLength must be a number of characters, 0 or more'
          : key === 'source'
            ? 'options.source must be { uri?: string, date?: string }'
            : `options.${key} must be a string`,
        { issues: [{ path: [key], message: 'wrong type' }] },
      )
  }
}
