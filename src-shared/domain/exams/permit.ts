import { addDays, addYears, daysInMonth, formatCivilDate, parseCivilDate } from '../civil-date'
import type { ExamApplicant, ExamSubject } from './model'
import { k2WaitDays, k3WaitDays } from './waiting-periods'

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

/**
 * The permit a recorded result issues, or null. Passing 科目一 issues the learner's permit (学习驾驶
 * 证明, E4; S1 art.40), which is what opens 科目二 and 科目三 road (E3; S1 art.39). S1 allows up to
 * one working day to issue it; a result recorded here is the office's own record of the pass, so
 * the permit is dated the exam day itself and the waits of E5/E6 run from then. A permit already
 * on record (issued on acceptance for a class addition, art.40, or by an earlier pass) is kept:
 * re-dating it would move its three-year validity (E4) and the earliest exam dates.
 */
export function permitIssuedByResult(permitIssuedOn: string | null, subject: ExamSubject, result: 'pass' | 'fail' | 'absent', examDate: string): string | null {
  if (permitIssuedOn !== null || subject !== 'k1' || result !== 'pass') return null
  return examDate
}

/**
 * The first days 科目二 and 科目三 road may be booked: the permit's day plus the class's wait
 * (E5, E6; S1 arts.43–44; natural days). Null without a permit, or where the class has no such
 * wait (D E F; C6 takes no road test).
 */
export function earliestBookingDays(applicant: Pick<ExamApplicant, 'permitIssuedOn' | 'licenceClass' | 'addingToCarClassLicence'>): { readonly k2: string | null; readonly k3_road: string | null } {
  const issued = applicant.permitIssuedOn
  if (issued === null) return { k2: null, k3_road: null }
  const k2 = k2WaitDays(applicant.licenceClass)
  const k3 = k3WaitDays(applicant.licenceClass, applicant.addingToCarClassLicence)
  return { k2: k2 === null ? null : addDays(issued, k2), k3_road: k3 === null ? null : addDays(issued, k3) }
}
