import { addDays, addYears, ageOn, civilDateFromDayNumber, dayNumber } from '../../src-shared/domain/civil-date'

/**
 * The (birth date, sequence number) pairs resident IDs are made of, laid out as numbered
 * cells. Each birth date gets as many sequence numbers as its age is common among drivers,
 * so pushing citizen indexes through a permutation of the cells gives every citizen a
 * distinct pair (IDs are unique within any district) and a realistic age mix: 18 to 85, with
 * a few over 70, whom S1 arts.65 and 74 treat differently.
 */
const YOUNGEST = 18
const OLDEST = 85

/** Sequence numbers per birth date by age: how common drivers of that age are. */
function slotsForAge(age: number): number {
  if (age <= 22) return 120
  if (age <= 35) return 400
  if (age <= 50) return 450
  if (age <= 60) return 320
  if (age <= 70) return 160
  return 60
}

export interface BirthCell {
  readonly birthDate: string
  /** 1–999: the 3-digit sequence of GB 11643; its parity is the gender. */
  readonly sequence: number
}

export class BirthCells {
  readonly size: number
  private readonly firstDay: number
  private readonly slots: Int32Array
  /** Cells before each day. */
  private readonly starts: Float64Array

  constructor(today: string) {
    const earliest = addDays(addYears(today, -(OLDEST + 1)), 1)
    const latest = addYears(today, -YOUNGEST)
    this.firstDay = dayNumber(earliest)
    const days = dayNumber(latest) - this.firstDay + 1
    this.slots = new Int32Array(days)
    this.starts = new Float64Array(days)
    let total = 0
    for (let i = 0; i < days; i++) {
      const slots = slotsForAge(ageOn(civilDateFromDayNumber(this.firstDay + i), today))
      this.slots[i] = slots
      this.starts[i] = total
      total += slots
    }
    this.size = total
  }

  cell(index: number): BirthCell {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >>> 1
      if ((this.starts[mid] ?? 0) <= index) low = mid
      else high = mid - 1
    }
    const slots = this.slots[low] ?? 1
    const slot = index - (this.starts[low] ?? 0)
    // Spread the day's slots over 001–999 (injective: the step is at least 1).
    return { birthDate: civilDateFromDayNumber(this.firstDay + low), sequence: 1 + Math.floor((slot * 999) / slots) }
  }
}
