import { addDays, addYears, daysInMonth, formatCivilDate, parseCivilDate } from '../civil-date'
import type { ExamApplicant } from './model'

/** The learner's permit is valid for three years (E4; S1 art.41). */
export const PERMIT_VALID_YEARS = 3
/** Priority booking applies once under six months of validity remain (E15). */
export const PRIORITY_MONTHS_LEFT = 6

/**
 * The last day the permit is valid: the day before its third anniversary, or the applicant's last
 * day within the class's age limit if that comes first (E4: 有效期截止日期不得超过申请年龄条件上限).
 * Null when no permit has been issued.
 */
export function permitLastValidDay(applicant: Pick<ExamApplicant, 'permitIssuedOn' | 'ageLimitLastDay'>): string | null {
  if (applicant.permitIssuedOn === null) return null
  const threeYears = addDays(addYears(applicant.permitIssuedOn, PERMIT_VALID_YEARS), -1)
  const cap = applicant.ageLimitLastDay
  return cap !== null && cap < threeYears ? cap : threeYears
}

/** The same day `months` later, clamped to the month's end (31 August + 6 months = 28/29 February). */
function addMonths(date: string, months: number): string {
  const parts = parseCivilDate(date)
  if (!parts) throw new RangeError(`not a civil date: ${date}`)
  const index = parts.year * 12 + parts.month - 1 + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return formatCivilDate(year, month, Math.min(parts.day, daysInMonth(year, month)))
}

/**
 * True when, on day `on`, the permit has less than six months left (E15). The permit lapses at the
 * start of the day after its last valid day; six months from `on` reaching past that moment means
 * under six months remain.
 */
export function permitUnderSixMonthsLeft(applicant: Pick<ExamApplicant, 'permitIssuedOn' | 'ageLimitLastDay'>, on: string): boolean {
  const last = permitLastValidDay(applicant)
  if (last === null || on > last) return false
  return addMonths(on, PRIORITY_MONTHS_LEFT) > addDays(last, 1)
}
