import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { mulberry32, uniformIndex } from './prng'

const take = (seed: number, n: number) => {
  const next = mulberry32(seed)
  return Array.from({ length: n }, () => next())
}

describe('mulberry32', () => {
  it('matches the reference mulberry32 (seed 0 starts 0.26642920868471265 × 2^32)', () => {
    expect(take(0, 3)).toEqual([1144304738, 1416247, 958946056])
  })

  it('replays the same sequence from the same seed', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), (seed) => {
        expect(take(seed, 8)).toEqual(take(seed, 8))
      })
    )
  })

  it('gives a different sequence for a different seed', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.nat({ max: 0xffffffff }), (a, b) => {
        fc.pre(a !== b)
        expect(take(a, 4)).not.toEqual(take(b, 4))
      })
    )
  })

  it('returns unsigned 32-bit integers', () => {
    for (const v of take(12345, 1000)) expect(Number.isInteger(v) && v >= 0 && v <= 0xffffffff).toBe(true)
  })
})

describe('uniformIndex', () => {
  it('stays in [0, n)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const i = uniformIndex(mulberry32(seed), n)
        expect(i >= 0 && i < n && Number.isInteger(i)).toBe(true)
      })
    )
  })

  it('redraws values from the biased tail of the range', () => {
    const values = [0xffffffff, 7]
    const source = () => values.shift() ?? 0
    // n = 3: 2^32 mod 3 = 1, so 0xffffffff is the one rejected value.
    expect(uniformIndex(source, 3)).toBe(1)
  })

  it('is roughly uniform', () => {
    const next = mulberry32(2026)
    const counts = [0, 0, 0, 0, 0]
    for (let i = 0; i < 50_000; i++) counts[uniformIndex(next, 5)]! += 1
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(400)
  })

  it('refuses an empty or fractional range', () => {
    expect(() => uniformIndex(mulberry32(1), 0)).toThrow(RangeError)
    expect(() => uniformIndex(mulberry32(1), 2.5)).toThrow(RangeError)
  })
})
