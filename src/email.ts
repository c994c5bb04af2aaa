import * as z from 'zod'

const emailSchema = /*@__PURE__*/ z.email()

/**
 * Normalises and checks one e-mail address: trims, lower-cases the domain, checks the address
 * with zod (an internationalised domain is checked in its punycode form). Returns the normalised
 * address, or null when it is not a valid address.
 *
 * @example
 * normalizeEmail('Pascale.Bresson@CNES.FR') // 'Pascale.Bresson@cnes.fr'
 */
export function normalizeEmail(address: string): string | null {
  const at = address.lastIndexOf('@')
  if (at < 1 || at === address.length - 1) return null
  const local = address.slice(0, at)
  const domain = address
    .slice(at + 1)
    .toLowerCase()
    .replace(/\.$/, '')
  let ascii = domain
  if (/[^\x00-\x7f]/.test(domain)) {
    try {
      ascii = new URL(`http://${domain}`).hostname
    } catch {
      return null
    }
  }
  if (local.length > 64 || address.length > 254) return null
  if (!emailSchema.safeParse(`${local}@${ascii}`).success) return null
  return `${local}@${domain}`
}
