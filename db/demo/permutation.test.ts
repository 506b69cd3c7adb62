import { describe, expect, it } from 'vitest'
import { Permutation } from './permutation'

describe('Permutation', () => {
  it('is a bijection of [0, size) for awkward sizes', () => {
    for (const size of [1, 2, 3, 7, 100, 1_000, 4_097]) {
      const permutation = new Permutation(size, 42)
      const images = new Set(Array.from({ length: size }, (_, i) => permutation.apply(i)))
      expect(images.size, `size ${size}`).toBe(size)
      expect(Math.max(...images)).toBe(size - 1)
    }
  })

  it('depends on its key and refuses indexes outside the range', () => {
    const a = new Permutation(10_000, 1)
    const b = new Permutation(10_000, 2)
    expect(Array.from({ length: 20 }, (_, i) => a.apply(i))).not.toEqual(Array.from({ length: 20 }, (_, i) => b.apply(i)))
    expect(() => a.apply(10_000)).toThrow(RangeError)
    expect(() => a.apply(-1)).toThrow(RangeError)
  })
})
