/**
 * Seeded pseudo-random numbers for the region venue draw (seed §6: 按区域预约的随机分配考场). The
 * generator is mulberry32: 32 bits of state, a full period of 2^32, and a few integer operations, so
 * an auditor can replay any recorded draw from its seed with nothing but this file.
 */
export type Uint32Source = () => number

export function mulberry32(seed: number): Uint32Source {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return (t ^ (t >>> 14)) >>> 0
  }
}

const TWO_32 = 0x1_0000_0000

/**
 * A uniform integer in [0, n): values from the biased tail of the 32-bit range are rejected and
 * redrawn, so every index is exactly equally likely.
 */
export function uniformIndex(next: Uint32Source, n: number): number {
  if (!Number.isSafeInteger(n) || n < 1 || n > TWO_32) throw new RangeError(`n must be an integer in [1, 2^32], got ${n}`)
  const limit = TWO_32 - (TWO_32 % n)
  for (;;) {
    const value = next()
    if (value < limit) return value % n
  }
}
