import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { stableHash32 } from './stable-hash'

describe('stableHash32', () => {
  it('is a fixed unsigned 32-bit value per input (pinned so a change of algorithm is noticed)', () => {
    // Published tie-breaks and draw seeds depend on these values; changing them re-ranks old plans.
    expect(stableHash32(['p1', 'a1'])).toBe(1595349260)
    expect(stableHash32([])).toBe(2872998923)
  })

  it('keeps the part boundaries apart', () => {
    expect(stableHash32(['ab', 'c'])).not.toBe(stableHash32(['a', 'bc']))
    expect(stableHash32(['abc'])).not.toBe(stableHash32(['abc', '']))
  })

  it('is always an unsigned 32-bit integer', () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (parts) => {
        const h = stableHash32(parts)
        expect(Number.isInteger(h) && h >= 0 && h <= 0xffffffff).toBe(true)
      })
    )
  })

  it('spreads sequential ids over the range', () => {
    const buckets = new Array<number>(16).fill(0)
    for (let i = 0; i < 16_000; i++) {
      const h = stableHash32(['plan', `A${i}`])
      buckets[h >>> 28] = (buckets[h >>> 28] ?? 0) + 1
    }
    for (const count of buckets) expect(count).toBeGreaterThan(850)
  })
})
