export { normalizeEmail } from './email.js'
export { isPressContactsError, PressContactsError, type PressContactsErrorCode } from './errors.js'
export {
  type ContactsDocument,
  ContactsDocumentSchema,
  DOCUMENT_SCHEMA_URL,
  DOCUMENT_VERSION,
  fromJSON,
  toJSON,
} from './export/json.js'
export { contactUid } from './export/uid.js'
export { sanitizeValue, toVCard, type VCardOptions } from './export/vcard.js'
export { DEFAULT_MAX_LENGTH, type ExtractOptions, extractContacts } from './extract/extract.js'
export {
  type Contact,
  ContactSchema,
  type ContactSource,
  EmailSchema,
  type ExtractionResult,
  type Phone,
  PhoneSchema,
  type PhoneType,
  SourceSchema,
  type Warning,
  type WarningCode,
} from './model/contact.js'
export type { CountryCode } from './phone.js'
