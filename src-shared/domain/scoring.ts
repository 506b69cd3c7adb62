import { addDays, addYears, ageOn } from './civil-date'

/** 12 points in one cycle is 满分 (S2 art.3). */
export const CYCLE_MAX_POINTS = 12

export interface ScoringCycle {
  /** First day of the cycle, inclusive. */
  start: string
  /** Last day of the cycle, inclusive. */
  end: string
}

/**
 * The scoring cycle containing `today`. Cycles run for 12 months, back to back, from the day
 * the licence was first issued (S2 art.3; S1 art.71), not from calendar years.
 */
export function scoringCycle(firstIssuedOn: string, today: string): ScoringCycle {
  if (today < firstIssuedOn) return { start: firstIssuedOn, end: addDays(addYears(firstIssuedOn, 1), -1) }
  let years = Number(today.slice(0, 4)) - Number(firstIssuedOn.slice(0, 4))
  let start = addYears(firstIssuedOn, years)
  if (start > today) start = addYears(firstIssuedOn, --years)
  return { start, end: addDays(addYears(firstIssuedOn, years + 1), -1) }
}

/**
 * Drivers aged 70 or more submit a physical-condition certificate every year, within 30 days
 * after each scoring cycle ends (S1 art.74). Returns the deadline, or null under 70.
 */
export function medicalCertificateDue(birthDate: string, cycle: ScoringCycle, today: string): string | null {
  if (ageOn(birthDate, today) < 70) return null
  return addDays(cycle.end, 30)
}
