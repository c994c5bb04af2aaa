/**
 * Stable codes of {@link PressContactsError}.
 *
 * @example
 * if (isPressContactsError(e) && e.code === 'INVALID_COUNTRY') askForCountry()
 */
export type PressContactsErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INVALID_COUNTRY'
  | 'INPUT_TOO_LARGE'
  | 'INVALID_CONTACT'
  | 'INVALID_DOCUMENT'
  | 'INVALID_JSON'
  | 'INVALID_VCARD'
  | 'UNSUPPORTED_VERSION'

const BRAND = Symbol.for('press-contacts.error')

/**
 * The one error class this library throws. `code` is stable across releases; `issues` carries
 * zod-style issues with paths when the error comes from validation.
 *
 * @example
 * try { parseContact(input) } catch (e) { if (isPressContactsError(e)) console.log(e.code) }
 */
export class PressContactsError extends Error {
  override readonly name = 'PressContactsError'
  readonly code: PressContactsErrorCode
  readonly issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>

  /**
   * Creates an error with a stable code; the library's own functions are what throw it.
   *
   * @param code - the stable code callers branch on
   * @param message - what went wrong, for people
   * @param options - the underlying `cause`, and validation `issues` with their paths
   */
  constructor(
    code: PressContactsErrorCode,
    message: string,
    options: {
      cause?: unknown
      issues?: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.issues = options.issues ?? []
    Object.defineProperty(this, BRAND, { value: true })
  }
}

/**
 * Whether `value` is a {@link PressContactsError}, also across realms (workers, iframes, duplicated installs).
 *
 * @example
 * if (isPressContactsError(err) && err.code === 'INPUT_TOO_LARGE') stream instead
 */
export function isPressContactsError(value: unknown): value is PressContactsError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true
}
