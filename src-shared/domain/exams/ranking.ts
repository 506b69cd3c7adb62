import { SUBJECT_NAMES, type ExamApplicant, type ExamPlan, type ExamSubject, type OfficeExamSettings } from './model'
import { permitUnderSixMonthsLeft } from './permit'
import { stableHash32 } from './stable-hash'

export type RankingReason = 'application_accepted' | 'previous_exam' | 'cancelled_booking'

/** The 排序时间 with the clause of E13 that produced it, in words the applicant can check (pain point U5). */
export interface RankingTime {
  readonly at: string
  readonly reason: RankingReason
  readonly explanation: string
}

const CHINA_OFFSET_MS = 8 * 3_600_000

function instantMs(instant: string): number {
  const ms = Date.parse(instant)
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${instant}`)
  return ms
}

/** 'YYYY-MM-DD HH:mm' on the China wall clock (UTC+8, no daylight saving). */
function chinaWallClock(instant: string): string {
  return new Date(instantMs(instant) + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}

/** When two clauses give the same instant, the more specific one is named: cancellation, then exam. */
const REASON_ORDER: Readonly<Record<RankingReason, number>> = { application_accepted: 0, previous_exam: 1, cancelled_booking: 2 }

/**
 * The ranking time (排序时间) of `applicant` for a booking of `subject`: the latest of (E13)
 *
 * 1. the time the licence application was accepted — all a first 科目一 booking has;
 * 2. the time of the previous exam, of any subject (for a first 科目二 booking that is the 科目一 exam);
 * 3. the time the applicant cancelled a successful booking of this subject.
 *
 * Clause 4 of E13 ("both 2 and 3: the later counts") is the "latest of"; sources summarise the rule as
 * max(业务受理时间, 上次考试时间, 上次取消时间). An earlier ranking time ranks higher.
 */
export function rankingTime(applicant: ExamApplicant, subject: ExamSubject): RankingTime {
  let best: { ms: number; at: string; reason: RankingReason; examSubject: ExamSubject | null } = {
    ms: instantMs(applicant.applicationAcceptedAt),
    at: applicant.applicationAcceptedAt,
    reason: 'application_accepted',
    examSubject: null
  }
  const consider = (at: string, reason: RankingReason, examSubject: ExamSubject | null): void => {
    const ms = instantMs(at)
    if (ms > best.ms || (ms === best.ms && REASON_ORDER[reason] > REASON_ORDER[best.reason])) best = { ms, at, reason, examSubject }
  }
  for (const exam of applicant.exams) consider(exam.at, 'previous_exam', exam.subject)
  for (const cancelled of applicant.cancelledBookings) if (cancelled.subject === subject) consider(cancelled.at, 'cancelled_booking', null)

  const when = chinaWallClock(best.at)
  const tail = '排序时间越早，越优先安排。'
  let explanation: string
  switch (best.reason) {
    case 'application_accepted':
      explanation = `您的排序时间为${when}，即驾驶证申请受理时间（首次预约科目一按受理时间排序）。${tail}`
      break
    case 'previous_exam':
      explanation = `您的排序时间为${when}，即您上次考试（${SUBJECT_NAMES[best.examSubject ?? subject]}）的时间（非首次预约按上次考试时间排序）。${tail}`
      break
    case 'cancelled_booking':
      explanation = `您的排序时间为${when}，即您取消已成功的${SUBJECT_NAMES[subject]}预约的时间（取消预约后按取消时间排序）。${tail}`
      break
  }
  return { at: best.at, reason: best.reason, explanation }
}

/**
 * Whether this booking is a priority booking (E15): the office has the setting on, the permit has
 * under six months left on the plan's results day (when ranking happens), and the applicant has not
 * yet used the one priority booking for this subject.
 */
export function isPriorityBooking(applicant: ExamApplicant, subject: ExamSubject, on: string, settings: OfficeExamSettings): boolean {
  return settings.priorityBooking && !applicant.priorityUsed.includes(subject) && permitUnderSixMonthsLeft(applicant, on)
}

/** Everything the allocation order reads about one application. */
export interface RankKey {
  readonly applicantId: string
  /** A priority booking (E15). */
  readonly priority: boolean
  /** The 排序时间 (E13). */
  readonly rankingAt: string
  /** When the request entered 受理中. */
  readonly submittedAt: string
  /** stableHash32([planId, applicantId]): a tie-break no applicant can steer by choosing a name or an id. */
  readonly tieHash: number
}

export function rankKey(applicant: ExamApplicant, plan: Pick<ExamPlan, 'id' | 'subject' | 'resultsDay'>, submittedAt: string, settings: OfficeExamSettings): RankKey {
  return {
    applicantId: applicant.id,
    priority: isPriorityBooking(applicant, plan.subject, plan.resultsDay, settings),
    rankingAt: rankingTime(applicant, plan.subject).at,
    submittedAt,
    tieHash: stableHash32([plan.id, applicant.id])
  }
}

/**
 * The allocation order: negative when `a` ranks before `b`. Keys are compared on
 *
 * 1. priority bookings before all others (E15: "优先预约");
 * 2. earlier ranking time (E13);
 * 3. earlier submission into 受理中;
 * 4. smaller tieHash;
 * 5. applicant id, by UTF-16 code units.
 *
 * Each step is a total preorder and the last separates any two distinct applicants, so this is a
 * total order on the applications of one plan (whose applicant ids are distinct), and sorting by it
 * gives the same sequence whatever order the applications arrived in.
 */
export function compareApplicants(a: RankKey, b: RankKey): number {
  if (a.priority !== b.priority) return a.priority ? -1 : 1
  const byRanking = instantMs(a.rankingAt) - instantMs(b.rankingAt)
  if (byRanking !== 0) return byRanking
  const bySubmission = instantMs(a.submittedAt) - instantMs(b.submittedAt)
  if (bySubmission !== 0) return bySubmission
  if (a.tieHash !== b.tieHash) return a.tieHash < b.tieHash ? -1 : 1
  if (a.applicantId === b.applicantId) return 0
  return a.applicantId < b.applicantId ? -1 : 1
}
