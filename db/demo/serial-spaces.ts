/**
 * Numbered spaces of plate serials and VIN tails. A permuted row index picks a cell, and the
 * cell decodes to a serial, so distinct rows get distinct plates and VINs.
 */

/** Plate letters: A–Z without I and O (GA 36). */
const PLATE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
const PLATE_CHARS = PLATE_LETTERS + '0123456789'
/** Energy letters of new-energy plates: A–H, J, K; large plates here keep the original D/F. */
const ENERGY_LETTERS = 'ABCDEFGHJK'
const LARGE_ENERGY_LETTERS = 'DF'

/** Ordinary 5-character serials with at most two letters, the shapes offices issue (L = letter, D = digit). */
const ORDINARY_PATTERNS = ['DDDDD', 'LDDDD', 'DLDDD', 'DDLDD', 'DDDLD', 'DDDDL', 'LLDDD', 'LDLDD', 'LDDLD', 'LDDDL', 'DLLDD', 'DDDLL'] as const

function patternSize(pattern: string): number {
  let size = 1
  for (const kind of pattern) size *= kind === 'L' ? PLATE_LETTERS.length : 10
  return size
}

const PATTERN_SIZES = ORDINARY_PATTERNS.map(patternSize)
export const ORDINARY_SERIALS = PATTERN_SIZES.reduce((sum, size) => sum + size, 0)

export function ordinarySerial(cell: number): string {
  let rest = cell
  for (const [i, pattern] of ORDINARY_PATTERNS.entries()) {
    const size = PATTERN_SIZES[i] ?? 0
    if (rest >= size) {
      rest -= size
      continue
    }
    let serial = ''
    for (let p = pattern.length - 1; p >= 0; p--) {
      const base = pattern[p] === 'L' ? PLATE_LETTERS.length : 10
      const digit = rest % base
      rest = Math.floor(rest / base)
      serial = (pattern[p] === 'L' ? PLATE_LETTERS[digit] : String(digit)) + serial
    }
    return serial
  }
  throw new RangeError(`ordinary serial cell ${cell} out of range`)
}

/** Small: energy letter + letter or digit + 4 digits. Large: 5 digits + energy letter. */
const SMALL_NEW_ENERGY_SERIALS = ENERGY_LETTERS.length * PLATE_CHARS.length * 10_000
export const NEW_ENERGY_SERIALS = SMALL_NEW_ENERGY_SERIALS + LARGE_ENERGY_LETTERS.length * 100_000

export function newEnergySerial(cell: number): { serial: string; large: boolean } {
  if (cell < SMALL_NEW_ENERGY_SERIALS) {
    const energy = ENERGY_LETTERS[Math.floor(cell / (PLATE_CHARS.length * 10_000))]
    const second = PLATE_CHARS[Math.floor(cell / 10_000) % PLATE_CHARS.length]
    return { serial: `${energy}${second}${String(cell % 10_000).padStart(4, '0')}`, large: false }
  }
  const large = cell - SMALL_NEW_ENERGY_SERIALS
  if (large >= LARGE_ENERGY_LETTERS.length * 100_000) throw new RangeError(`new-energy serial cell ${cell} out of range`)
  return { serial: `${String(large % 100_000).padStart(5, '0')}${LARGE_ENERGY_LETTERS[Math.floor(large / 100_000)]}`, large: true }
}

/** VIN characters: digits and letters without I, O, Q (GB 16735). */
export const VIN_CHARS = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ'
export const VIN_SERIALS = VIN_CHARS.length * 1_000_000

/** VIN positions 11–17: plant code + 6-digit production serial. */
export function vinTail(cell: number): string {
  const plant = VIN_CHARS[Math.floor(cell / 1_000_000)]
  if (plant === undefined) throw new RangeError(`VIN serial cell ${cell} out of range`)
  return plant + String(cell % 1_000_000).padStart(6, '0')
}
