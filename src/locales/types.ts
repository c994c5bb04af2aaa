import type { CountryCode } from 'libphonenumber-js/max'

/**
 * The words of one language that the extractor reads. Everything is matched case-insensitively,
 * on word boundaries, after Unicode normalisation (NFC). Adding a language is adding one such file
 * and listing it in `index.ts`.
 */
export interface Locale {
  /** BCP 47 language tag ('fr'). */
  lang: string
  /** Countries whose national numbers this language most likely means, most likely first. */
  countries: CountryCode[]
  /** Phone labels by the type they set. A trailing '.' or ':' after a label is optional. */
  phoneLabels: { voice: string[]; fax: string[]; mobile: string[] }
  /** Labels that introduce an e-mail address or a web address. */
  emailLabels: string[]
  urlLabels: string[]
  /** Words that introduce an extension after a number ('poste', 'Durchwahl'). */
  extensionWords: string[]
  /** Headings that open a contact block ('Contacts presse', 'Pressekontakt'). */
  headings: string[]
  /** Words and phrases that name a desk rather than a person ('Service de presse', 'Pressestelle'). */
  desks: string[]
  /** Words that make a phrase a job title ('Directeur', 'Leiterin', 'woordvoerder'); prefixes of words. */
  titles: string[]
  /** Words that make a phrase an organisation ('Ministère', 'GmbH', 'Polizei'). */
  orgWords: string[]
  /** Name particles that belong to the family name ('de', 'van der'). */
  particles: string[]
  /** Honorifics left out of the name ('Mme', 'Dr.'). */
  honorifics: string[]
  /** Lower-case function words that show a phrase is prose, not a name ('the', 'und'). */
  stopwords: string[]
  /** Boilerplate headings after which no contact block follows ('About', 'Notes to editors'). */
  boilerplate: string[]
  /** Whether two trailing surnames are the norm (Spanish, Portuguese). */
  twoSurnames?: boolean
}
