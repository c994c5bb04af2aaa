import example from '../../examples/release.txt?raw'
import deRelease from '../../tests/fixtures/releases/de-release-1.txt?raw'
import enRelease from '../../tests/fixtures/releases/en-release-2.txt?raw'
import esRelease from '../../tests/fixtures/releases/es-release-1.txt?raw'
import frRelease from '../../tests/fixtures/releases/fr-release-1.txt?raw'
import itRelease from '../../tests/fixtures/releases/it-release-1.txt?raw'

/** A release bundled with the page, to try it without one at hand. */
export interface Sample {
  id: string
  label: string
  text: string
}

/** The bundled releases: the README's example and labelled fixtures of the test suite, one per language. */
export const SAMPLES: readonly Sample[] = [
  { id: 'example', label: 'Example release (English, French numbers)', text: example },
  { id: 'fr', label: 'French: columns, poste, desk', text: frRelease },
  { id: 'de', label: 'German: stacked, agency contact', text: deRelease },
  { id: 'es', label: 'Spanish: Móvil, Fax, Gabinete de Prensa', text: esRelease },
  { id: 'it', label: 'Italian: one line per person', text: itRelease },
  { id: 'en-us', label: 'English (US): national numbers', text: enRelease },
]
