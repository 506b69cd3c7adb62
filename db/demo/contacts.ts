import type { DemoArea, District } from './names'
import type { Random } from './random'

/**
 * Phone numbers and street addresses. Licence and vehicle records keep their own contact
 * details, which drift from the citizen's (S1 art.81, S4 art.23; pain point U3), so these
 * are drawn again for them now and then.
 */

/** Mobile prefixes of the three carriers in common use. */
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156',
  '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '185', '186', '187',
  '188', '189', '198', '199'
]

export function mobileNumber(random: Random): string {
  return random.pick(MOBILE_PREFIXES) + random.chars('0123456789', 8)
}

export function streetAddress(random: Random, area: DemoArea, district: District): string {
  const street = `山东省${area.city}${district.name}${random.pick(area.roads)}${random.int(1, 399)}号`
  if (random.chance(0.3)) return street
  return `${street}${random.int(1, 30)}号楼${random.int(1, 6)}单元${random.int(1, 26)}0${random.int(1, 4)}室`
}

/** A contact detail of a licence or vehicle record: usually the citizen's, sometimes another, sometimes missing. */
export function driftingContact<T>(random: Random, own: T, other: () => T): T | null {
  const roll = random.float()
  if (roll < 0.85) return own
  return roll < 0.95 ? other() : null
}
