import { chinaDateOf } from '../civil-date'
import { EXAM_SUBJECTS, SUBJECT_NAMES, type ExamAttempt, type ExamSubject } from './model'

/**
 * 科目二 and 科目三 road each allow at most five bookings per permit (E8; S1 art.47 ¶2). Declared
 * here rather than in eligibility so the voiding rule and the booking limit share one number.
 */
export const BOOKING_LIMIT = 5

/** The two subjects whose fifth failed booking voids the application's other passes (E8). */
export const LIMITED_SUBJECTS = ['k2', 'k3_road'] as const
export type LimitedSubject = (typeof LIMITED_SUBJECTS)[number]

/** Why an application's passed subjects no longer count. */
export interface ResultsVoid {
  /** The subject whose fifth booking failed. */
  readonly subject: LimitedSubject
  /** China date of that fifth booking's exam. */
  readonly failedOn: string
  /** 'fail' or 'absent': a no-show is graded as failed and uses the booking (E9). */
  readonly result: 'fail' | 'absent'
  /** Simplified Chinese: what happened and what to do (pain point U8). */
  readonly message: string
}

/** Passes that still count, and those voided with the reason. */
export interface CountingPasses {
  /** Subjects passed and still counting, with the China date passed. */
  readonly passed: Readonly<Partial<Record<ExamSubject, string>>>
  /** Passes that no longer count (E8), with the date each was passed; empty unless `void` is set. */
  readonly voided: readonly { readonly subject: ExamSubject; readonly on: string }[]
  readonly void: ResultsVoid | null
}

/**
 * The fifth booking of 科目二 or of 科目三 road that failed, if any (E8; S1 art.47 ¶2:
 * "第五次预约考试仍不合格的，已考试合格的其他科目成绩作废"). Each attempt is one booking (a booking is
 * one exam plus its same-day retake, E7), and an absence is a failed booking (E9), so the fifth
 * attempt of the subject in time order is the fifth booking. A pass ends the subject's bookings,
 * so a failed fifth attempt means the learner never passed it. When both subjects reach a failed
 * fifth booking, the earlier one is the one that voided the application.
 *
 * The count runs over every attempt of the application: S1 counts "在学习驾驶证明有效期内", and
 * 科目二/三 cannot be sat before the permit, so all of them fall inside it.
 */
export function fifthBookingFailure(exams: readonly ExamAttempt[]): ResultsVoid | null {
  let found: { subject: LimitedSubject; at: string; result: 'fail' | 'absent' } | null = null
  for (const subject of LIMITED_SUBJECTS) {
    const own = exams.filter((e) => e.subject === subject).sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    const fifth = own[BOOKING_LIMIT - 1]
    if (!fifth || fifth.result === 'pass') continue
    if (found === null || Date.parse(fifth.at) < Date.parse(found.at)) found = { subject, at: fifth.at, result: fifth.result }
  }
  if (found === null) return null
  const failedOn = chinaDateOf(new Date(found.at))
  const how = found.result === 'absent' ? '缺考（按不合格计）' : '仍不合格'
  return {
    subject: found.subject,
    failedOn,
    result: found.result,
    message: `${SUBJECT_NAMES[found.subject]}第${BOOKING_LIMIT}次预约考试（${failedOn}）${how}，已考科目成绩作废，须重新申请、从科目一开始。`
  }
}

/**
 * Which passes still count (E8; S1 art.47 ¶2). Normally every pass counts, dated by the China
 * date of the exam (an early-morning session is still the previous day in UTC). After a failed
 * fifth booking of 科目二 or 科目三 road, every pass of the application is void: S1 says "已考试
 * 合格的其他科目", and the failed subject itself was never passed, so that is all of them. The
 * learner starts again with a new application from 科目一; nothing under this one counts again.
 */
export function countingPasses(exams: readonly ExamAttempt[]): CountingPasses {
  const all: Partial<Record<ExamSubject, string>> = {}
  for (const e of [...exams].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) {
    if (e.result === 'pass') all[e.subject] = chinaDateOf(new Date(e.at))
  }
  const reason = fifthBookingFailure(exams)
  if (reason === null) return { passed: all, voided: [], void: null }
  const voided = EXAM_SUBJECTS.flatMap((subject) => {
    const on = all[subject]
    return on === undefined ? [] : [{ subject, on }]
  })
  return { passed: {}, voided, void: reason }
}
