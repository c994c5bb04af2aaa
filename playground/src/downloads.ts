import { type Contact, toCSV, toJCard, toJSON, toVCard } from 'press-contacts'

/** One download button: a file the contacts can be saved as. */
export interface DownloadFormat {
  id: string
  label: string
  filename: string
  mime: string
  write: (contacts: readonly Contact[]) => string
}

/** The formats offered, in button order; each is one call of the library's public API. */
export const DOWNLOAD_FORMATS: readonly DownloadFormat[] = [
  {
    id: 'vcf3',
    label: 'vCard 3.0',
    filename: 'press-contacts.vcf',
    mime: 'text/vcard;charset=utf-8',
    write: (contacts) => toVCard(contacts, { version: '3.0' }),
  },
  {
    id: 'vcf4',
    label: 'vCard 4.0',
    filename: 'press-contacts-v4.vcf',
    mime: 'text/vcard;charset=utf-8',
    write: (contacts) => toVCard(contacts, { version: '4.0' }),
  },
  {
    id: 'csv-google',
    label: 'Google CSV',
    filename: 'press-contacts-google.csv',
    mime: 'text/csv;charset=utf-8',
    write: (contacts) => toCSV(contacts, { flavor: 'google' }),
  },
  {
    id: 'csv-outlook',
    label: 'Outlook CSV',
    filename: 'press-contacts-outlook.csv',
    mime: 'text/csv;charset=utf-8',
    write: (contacts) => toCSV(contacts, { flavor: 'outlook' }),
  },
  {
    id: 'json',
    label: 'JSON',
    filename: 'press-contacts.json',
    mime: 'application/json',
    write: (contacts) => toJSON(contacts),
  },
  {
    id: 'jcard',
    label: 'jCard',
    filename: 'press-contacts.jcard.json',
    mime: 'application/vcard+json',
    write: (contacts) => toJCard(contacts),
  },
]
