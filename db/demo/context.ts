import { chinaDateOf, dayNumber, parseCivilDate } from '../../src-shared/domain/civil-date'
import { BirthCells } from './birth-cells'
import { idEpochMs } from './ids'
import { Permutation } from './permutation'
import { hashKeys, Random } from './random'
import { NEW_ENERGY_SERIALS, ORDINARY_SERIALS, VIN_SERIALS } from './serial-spaces'

export interface DemoOptions {
  readonly seed: number
  /** Target number of violation records; every other size follows from it. */
  readonly violations: number
  /** The demo's today: a China date 'YYYY-MM-DD' or an instant. All generated times lie before it. */
  readonly today: Date | string
}

/**
 * Largest supported size: vehicle indexes (3 per citizen) must fit the new-energy plate
 * space of 3.6 million serials (serial-spaces.ts).
 */
export const MAX_DEMO_VIOLATIONS = 5_000_000
const MIN_CITIZENS = 50
const VIOLATIONS_PER_CITIZEN = 5
/** Vehicles a citizen may own; vehicle index = citizen index × this + j. */
export const VEHICLE_SLOTS = 3

export interface DemoContext {
  readonly seed: number
  readonly today: string
  readonly todayDay: number
  readonly citizens: number
  readonly violations: number
  readonly birthCells: BirthCells
  readonly birthCellOf: Permutation
  readonly ordinarySerialOf: Permutation
  readonly newEnergySerialOf: Permutation
  readonly vinSerialOf: Permutation
  /**
   * Offices number files, records and decisions in sequence, so these are a seeded start
   * plus the row index: unique, realistic, and inserted in index order.
   */
  readonly numbering: { readonly file: number; readonly record: number; readonly decision: number }
  /** Clock of the demo ids (ids.ts). */
  readonly idEpochMs: number
}

export function demoSizes(violations: number): { citizens: number; violations: number } {
  if (!Number.isInteger(violations) || violations < 0 || violations > MAX_DEMO_VIOLATIONS) {
    throw new RangeError(`demo size must be an integer from 0 to ${MAX_DEMO_VIOLATIONS} violations, got ${violations}`)
  }
  return { citizens: Math.max(MIN_CITIZENS, Math.round(violations / VIOLATIONS_PER_CITIZEN)), violations }
}

function todayOf(today: Date | string): string {
  if (typeof today !== 'string') return chinaDateOf(today)
  if (!parseCivilDate(today)) throw new RangeError(`today must be a 'YYYY-MM-DD' date, got ${today}`)
  return today
}

export function createDemoContext(options: DemoOptions): DemoContext {
  if (!Number.isSafeInteger(options.seed)) throw new RangeError(`seed must be an integer, got ${options.seed}`)
  const { citizens, violations } = demoSizes(options.violations)
  const today = todayOf(options.today)
  const seed = options.seed
  const birthCells = new BirthCells(today)
  if (birthCells.size < citizens) throw new RangeError('too many citizens for distinct resident IDs')
  const key = (purpose: number) => hashKeys(seed, 0, purpose)
  const numbering = Random.stream(seed, 0, 0)
  return {
    seed,
    today,
    todayDay: dayNumber(today),
    citizens,
    violations,
    birthCells,
    birthCellOf: new Permutation(birthCells.size, key(1)),
    ordinarySerialOf: new Permutation(ORDINARY_SERIALS, key(2)),
    newEnergySerialOf: new Permutation(NEW_ENERGY_SERIALS, key(3)),
    vinSerialOf: new Permutation(VIN_SERIALS, key(4)),
    // 8, 8 and 10 digits with room for the largest size after the start.
    numbering: {
      file: numbering.int(10_000_000, 90_000_000),
      record: numbering.int(10_000_000, 90_000_000),
      decision: numbering.int(1_000_000_000, 9_000_000_000)
    },
    idEpochMs: idEpochMs(today)
  }
}
