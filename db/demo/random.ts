import { civilDateFromDayNumber, dayNumber } from '../../src-shared/domain/civil-date'

/**
 * Seeded randomness for the demo data. Every row draws from its own stream, keyed by the seed,
 * the kind of row and the row's index, so any row can be recomputed on its own (violations
 * recompute the vehicles they point at) and the output never depends on generation order.
 */

/** Murmur3's 32-bit finaliser: a bijective avalanche of one word. */
export function mix32(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** One 32-bit hash of several non-negative integers (each below 2^53). */
export function hashKeys(...keys: readonly number[]): number {
  let h = 0x9e3779b9
  for (const key of keys) {
    h = mix32(h ^ mix32(key >>> 0))
    h = mix32(h ^ mix32(Math.floor(key / 0x1_0000_0000) + 0x632be5ab))
  }
  return h
}

/** sfc32, Chris Doty-Humphrey's small fast counting generator: 128 bits of state. */
export class Random {
  private a: number
  private b: number
  private c: number
  private d: number

  private constructor(a: number, b: number, c: number, d: number) {
    this.a = a >>> 0
    this.b = b >>> 0
    this.c = c >>> 0
    this.d = d >>> 0
    // The first outputs of a freshly seeded sfc32 are poorly mixed.
    for (let i = 0; i < 12; i++) this.uint32()
  }

  /** The stream for one row: seed, kind of row, index within the kind. */
  static stream(...keys: readonly number[]): Random {
    const base = hashKeys(...keys)
    return new Random(mix32(base ^ 0x243f6a88), mix32(base ^ 0x85a308d3), mix32(base ^ 0x13198a2e), 1)
  }

  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0
    this.d = (this.d + 1) >>> 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) >>> 0
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0
    this.c = (this.c + t) >>> 0
    return t
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.uint32() / 0x1_0000_0000
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.float() < probability
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.float() * items.length)]
    if (item === undefined) throw new RangeError('pick from an empty list')
    return item
  }

  /** A uniform date in [from, to], both 'YYYY-MM-DD' and included. */
  dateBetween(from: string, to: string): string {
    return civilDateFromDayNumber(this.int(dayNumber(from), dayNumber(to)))
  }

  /** `count` characters drawn from `alphabet`. */
  chars(alphabet: string, count: number): string {
    let text = ''
    for (let i = 0; i < count; i++) text += alphabet[Math.floor(this.float() * alphabet.length)]
    return text
  }
}

/** A minute of the day between 07:00 and 22:00, when most traffic and business happens. */
export function daytimeMinute(random: Random): number {
  return random.int(7 * 60, 22 * 60 - 1)
}

/** A weighted choice prepared once: cumulative weights searched by bisection. */
export class WeightedTable<T> {
  private readonly items: readonly T[]
  private readonly cumulative: Float64Array

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new RangeError('a weighted table needs entries')
    this.items = entries.map(([item]) => item)
    this.cumulative = new Float64Array(entries.length)
    let total = 0
    entries.forEach(([, weight], i) => {
      total += weight
      this.cumulative[i] = total
    })
  }

  pick(random: Random): T {
    const target = random.float() * (this.cumulative[this.cumulative.length - 1] ?? 0)
    let low = 0
    let high = this.cumulative.length - 1
    while (low < high) {
      const mid = (low + high) >>> 1
      if ((this.cumulative[mid] ?? 0) > target) high = mid
      else low = mid + 1
    }
    return this.items[low] as T
  }
}
