export { type AddOptions, Directory, type DirectoryInput } from './directory/directory.js'
export type { DirectoryQuery } from './directory/find.js'
export {
  DIRECTORY_WARNING_CODES,
  type DirectoryDocument,
  DirectoryDocumentSchema,
  type DirectoryEntry,
  DirectoryEntrySchema,
  type DirectoryWarning,
  type DirectoryWarningCode,
  DirectoryWarningSchema,
  type Provenance,
  ProvenanceSchema,
  type SourceRef,
  SourceRefSchema,
} from './directory/schema.js'
export { normalizeEmail } from './email.js'
export { isPressContactsError, PressContactsError, type PressContactsErrorCode } from './errors.js'
export { displayName } from './export/card.js'
export { CSV_HEADERS, type CSVFlavor, type CSVOptions, toCSV } from './export/csv.js'
export {
  contactToJCard,
  type JCard,
  type JCardOptions,
  type JCardProperty,
  toJCard,
} from './export/jcard.js'
export {
  type ContactsDocument,
  ContactsDocumentSchema,
  DOCUMENT_SCHEMA_URL,
  DOCUMENT_VERSION,
  fromJSON,
  toJSON,
} from './export/json.js'
export { sanitizeText } from './export/sanitize.js'
export { contactUid, contactUids } from './export/uid.js'
export { sanitizeValue, toVCard, type VCardOptions } from './export/vcard.js'
export { DEFAULT_MAX_LENGTH, type ExtractOptions, extractContacts } from './extract/extract.js'
export { type FromVCardOptions, fromVCard, type VCardContacts } from './import/vcard.js'
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
export {
  DOCUMENT_SEPARATOR,
  extractStream,
  type SplitOptions,
  type StreamResult,
  splitDocuments,
} from './stream.js'
export {
  formatPath,
  parseContact,
  parseDocument,
  type SafeParseResult,
  safeParseContact,
  safeParseDocument,
  type ValidationProblem,
  type ValidationReport,
  validateText,
} from './validate.js'
