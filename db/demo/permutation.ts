import { hashKeys, mix32 } from './random'

/**
 * A keyed bijection of [0, size). Identifiers that must be unique (resident IDs, plates, VINs,
 * file, record and decision numbers) are built from a row's index pushed through one of
 * these: unique by construction, with no set of issued numbers to keep in memory, and still
 * looking unordered. It is a 4-round balanced Feistel network on the smallest even number of
 * bits covering `size`, cycle-walked back into range (the network's domain is under 4× `size`, so the walk is short).
 */
export class Permutation {
  private readonly halfSize: number
  private readonly keys: readonly number[]

  constructor(
    readonly size: number,
    key: number
  ) {
    if (!Number.isSafeInteger(size) || size < 1 || size > 2 ** 52) throw new RangeError(`permutation size out of range: ${size}`)
    let bits = Math.max(2, Math.ceil(Math.log2(size)))
    if (bits % 2 === 1) bits++
    this.halfSize = 2 ** (bits / 2)
    this.keys = [0, 1, 2, 3].map((round) => hashKeys(key, round))
  }

  apply(index: number): number {
    if (!Number.isInteger(index) || index < 0 || index >= this.size) throw new RangeError(`index ${index} outside [0, ${this.size})`)
    let value = index
    do value = this.encrypt(value)
    while (value >= this.size)
    return value
  }

  private encrypt(value: number): number {
    let left = Math.floor(value / this.halfSize)
    let right = value % this.halfSize
    for (const key of this.keys) {
      const next = left ^ this.round(right, key)
      left = right
      right = next
    }
    return left * this.halfSize + right
  }

  /** Round function: a hash of the half block, cut to the half width (at most 26 bits, so XOR stays exact). */
  private round(half: number, key: number): number {
    return mix32(mix32(half ^ key) + key) % this.halfSize
  }
}
