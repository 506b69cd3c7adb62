import { addYears, dayNumber } from '../../src-shared/domain/civil-date'
import type { DemoContext } from './context'
import { hashKeys, mix32 } from './random'
import { STREAM } from './streams'

/**
 * Row ids of the demo data. The app mints UUIDv7 from the clock, which would make two runs
 * differ; demo ids have the same shape with a made-up clock: the timestamp is five years
 * before the demo's today plus 16 ms per row index, with the kind of row in the low bits,
 * so ids are unique by construction, sort before anything the terminal creates later, and
 * go into their primary-key B-trees in order (appends are much cheaper than random inserts
 * at a million rows). The random fields are seeded noise.
 */
export const ID_KIND = {
  citizen: 1,
  licence: 2,
  vehicle: 3,
  violation: 4,
  examRegion: 5,
  examVenue: 6,
  examPlan: 7,
  examSession: 8,
  companyVehicle: 9
} as const

export type IdKind = (typeof ID_KIND)[keyof typeof ID_KIND]

/** Milliseconds between consecutive rows of one kind; kinds take the offsets below it. */
const MS_PER_INDEX = 16
const DAY_MS = 86_400_000

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0')

export function idEpochMs(today: string): number {
  return dayNumber(addYears(today, -5)) * DAY_MS
}

export function demoId(ctx: DemoContext, kind: IdKind, index: number): string {
  const time = hex(ctx.idEpochMs + index * MS_PER_INDEX + kind, 12)
  const a = hashKeys(ctx.seed, STREAM.id, kind, index)
  const b = mix32(a ^ 0x5bd1e995)
  const c = mix32(b ^ 0x27d4eb2f)
  const variant = 8 + (a >>> 30)
  return `${time.slice(0, 8)}-${time.slice(8)}-7${hex(a & 0xfff, 3)}-${hex(variant, 1)}${hex(b & 0xfff, 3)}-${hex(c, 8)}${hex(b >>> 16, 4)}`
}
