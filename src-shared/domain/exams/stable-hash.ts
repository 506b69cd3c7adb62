/**
 * A stable 32-bit hash of a list of strings: FNV-1a over each part's length and UTF-16 code units
 * (the length prefix keeps ['ab', 'c'] and ['a', 'bc'] apart), finished with the MurmurHash3 fmix32
 * avalanche. It is the same on every platform and release, so tie-breaks (E13 ranking) and derived
 * draw seeds can be recomputed by an auditor years later.
 */
export function stableHash32(parts: readonly string[]): number {
  let h = 0x811c9dc5
  const mix = (unit: number): void => {
    h ^= unit & 0xffff
    h = Math.imul(h, 0x01000193)
  }
  for (const part of parts) {
    mix(part.length >>> 16)
    mix(part.length)
    for (let i = 0; i < part.length; i++) mix(part.charCodeAt(i))
  }
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
