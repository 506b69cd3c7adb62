import { addDays, chinaDateOf } from '../civil-date'
import { SUBJECT_NAMES, type ExamApplicant, type ExamPlan, type ExamSubject, type OfficeExamSettings } from './model'
import { permitLastValidDay } from './permit'
import { BOOKING_LIMIT, fifthBookingFailure } from './results-void'
import { k2WaitDays, k3WaitDays, RETAKE_WAIT_DAYS, takesRoadTest } from './waiting-periods'


export type EligibilityRule =
  | 'EXAM_CLASS_NOT_IN_PLAN'
  | 'EXAM_WINDOW_CLOSED'
  | 'EXAM_RESULTS_VOID'
  | 'EXAM_ALREADY_PASSED'
  | 'EXAM_SUBJECT_ORDER'
  | 'EXAM_PERMIT_EXPIRED'
  | 'EXAM_TOO_EARLY_K2'
  | 'EXAM_TOO_EARLY_K3'
  | 'EXAM_RETAKE_WAIT'
  | 'EXAM_BOOKING_LIMIT'
  | 'EXAM_ALREADY_PENDING'
  | 'EXAM_ONE_PENDING'

export type EligibilityParams = Record<string, string | number>

/**
 * A refusal names the rule, says in Simplified Chinese what is wrong and what to do (pain point U8),
 * and carries every variable part of the message in `params` so another language can be built
 * from rule + params alone.
 */
export type EligibilityResult = { readonly ok: true } | { readonly ok: false; readonly rule: EligibilityRule; readonly message: string; readonly params: EligibilityParams }

function refuse(rule: EligibilityRule, message: string, params: EligibilityParams = {}): EligibilityResult {
  return { ok: false, rule, message, params }
}

/** 科目二 and 科目三 road are the only two subjects S1 art.39 lets an office take as pending together. */
const CONCURRENT_PAIR: readonly ExamSubject[] = ['k2', 'k3_road']

/** Subjects that must be passed before safe-driving knowledge: 科目二 and 科目三 road, or 科目二 alone for C6 (E3; S1 arts.30 ¶3, 39). */
function missingPrerequisites(applicant: ExamApplicant, subject: ExamSubject): readonly ExamSubject[] {
  if (subject === 'k3_safety') {
    const needed: ExamSubject[] = takesRoadTest(applicant.licenceClass) ? ['k2', 'k3_road'] : ['k2']
    return needed.filter((s) => applicant.passed[s] === undefined)
  }
  return []
}

function subjectOrder(applicant: ExamApplicant, subject: ExamSubject): EligibilityResult | null {
  if (subject === 'k1') return null
  if (applicant.permitIssuedOn === null) {
    if (applicant.passed.k1 === undefined) {
      return refuse('EXAM_SUBJECT_ORDER', `须先通过科目一，才能预约${SUBJECT_NAMES[subject]}。`, { subject, missing: 'k1' })
    }
    return refuse('EXAM_SUBJECT_ORDER', `科目一已合格，学习驾驶证明尚未核发（合格后一个工作日内核发），核发后才能预约${SUBJECT_NAMES[subject]}。`, {
      subject,
      missing: 'permit'
    })
  }
  const missing = missingPrerequisites(applicant, subject)
  if (missing.length === 0) return null
  return refuse('EXAM_SUBJECT_ORDER', `须先通过${missing.map((s) => SUBJECT_NAMES[s]).join('和')}，才能预约${SUBJECT_NAMES[subject]}。`, {
    subject,
    missing: missing.join(',')
  })
}

/** Latest failed or missed exam of the subject, as a China date, or null. */
function lastFailedOn(applicant: ExamApplicant, subject: ExamSubject): string | null {
  let latest: string | null = null
  for (const exam of applicant.exams) {
    if (exam.subject !== subject || exam.result === 'pass') continue
    const day = chinaDateOf(new Date(exam.at))
    if (latest === null || day > latest) latest = day
  }
  return latest
}

function pendingConflict(applicant: ExamApplicant, plan: ExamPlan, settings: OfficeExamSettings): EligibilityResult | null {
  const same = applicant.pending.find((p) => p.subject === plan.subject)
  if (same) {
    return refuse('EXAM_ALREADY_PENDING', `您已有一个${SUBJECT_NAMES[plan.subject]}预约在受理中，请等待结果或先取消该预约。`, { subject: plan.subject, planId: same.planId })
  }
  const other = applicant.pending.find((p) => {
    const pairAllowed = settings.allowConcurrentK2K3 && CONCURRENT_PAIR.includes(p.subject) && CONCURRENT_PAIR.includes(plan.subject)
    return !pairAllowed
  })
  if (!other) return null
  const message = settings.allowConcurrentK2K3
    ? `您的${SUBJECT_NAMES[other.subject]}预约正在受理中；本地只允许科目二和科目三道路驾驶技能同时预约。`
    : `您的${SUBJECT_NAMES[other.subject]}预约正在受理中；本地同一时间只能有一个科目的预约在受理中。`
  return refuse('EXAM_ONE_PENDING', message, { subject: plan.subject, pendingSubject: other.subject, planId: other.planId })
}

/**
 * Whether `applicant` may apply to `plan` on China date `today`. Checks run in this order and the
 * first refusal is returned, so the applicant sees the most fundamental obstacle first:
 *
 * 1. EXAM_CLASS_NOT_IN_PLAN — the plan does not examine the applicant's class.
 * 2. EXAM_WINDOW_CLOSED — `today` is outside the plan's window, or on/after its results day (seed §6).
 * 3. EXAM_RESULTS_VOID — the fifth booking of 科目二 or 科目三 road failed (or was missed), so every
 *    passed subject is void and the learner must apply again from 科目一 (E8; S1 art.47 ¶2). It
 *    refuses every subject, 科目一 included: the restart is a new application (new acceptance time,
 *    new permit), not another booking under this one. `params.basis` is 'E8'.
 * 4. EXAM_ALREADY_PASSED — the subject is already passed.
 * 5. EXAM_SUBJECT_ORDER — 科目一 first; 科目二/科目三 road need the permit; safe-driving
 *    knowledge needs 科目二 and 科目三 road passed (C6: 科目二 only) (E3; S1 arts.30, 39).
 * 6. EXAM_PERMIT_EXPIRED — the permit's last valid day is before `today` or before the plan's
 *    first exam day (E4; S1 art.41).
 * 7. EXAM_TOO_EARLY_K2 / EXAM_TOO_EARLY_K3 — the 10/20 or 20/30/40 days after the permit have not
 *    passed (E5, E6; S1 arts.43–44; natural days).
 * 8. EXAM_RETAKE_WAIT — under 10 days since a failed or missed 科目二/科目三 booking (E7; S1 art.47,
 *    whose 科目三 covers both of its parts, art.30).
 * 9. EXAM_BOOKING_LIMIT — five 科目二 (or 科目三 road) bookings already used (E8).
 * 10. EXAM_ALREADY_PENDING — a request for this subject is already in 受理中.
 * 11. EXAM_ONE_PENDING — another subject is pending and the office allows no concurrent subjects, or
 *     only the 科目二 + 科目三 road pair (E16; S1 art.39).
 */
export function checkEligibility(applicant: ExamApplicant, plan: ExamPlan, today: string, settings: OfficeExamSettings): EligibilityResult {
  const subject = plan.subject
  const name = SUBJECT_NAMES[subject]

  if (!plan.licenceClasses.includes(applicant.licenceClass)) {
    return refuse('EXAM_CLASS_NOT_IN_PLAN', `本考试计划不安排${applicant.licenceClass}准驾车型的考试，请选择适用于${applicant.licenceClass}的考试计划。`, {
      licenceClass: applicant.licenceClass,
      planClasses: plan.licenceClasses.join(',')
    })
  }

  const { opensOn, closesOn } = plan.window
  if (today < opensOn || today > closesOn || today >= plan.resultsDay) {
    return refuse('EXAM_WINDOW_CLOSED', `本考试计划的预约时间为${opensOn}至${closesOn}，今天（${today}）不在预约时间内。`, { opensOn, closesOn, today })
  }

  const voided = fifthBookingFailure(applicant.exams)
  if (voided) {
    return refuse('EXAM_RESULTS_VOID', voided.message, { subject, failedSubject: voided.subject, failedOn: voided.failedOn, limit: BOOKING_LIMIT, basis: 'E8' })
  }

  const passedOn = applicant.passed[subject]
  if (passedOn !== undefined) {
    return refuse('EXAM_ALREADY_PASSED', `您已于${passedOn}通过${name}，无需再次预约。`, { subject, passedOn })
  }

  const order = subjectOrder(applicant, subject)
  if (order) return order

  const permitIssuedOn = applicant.permitIssuedOn
  const lastValidDay = permitLastValidDay(applicant)
  if (subject !== 'k1' && permitIssuedOn !== null && lastValidDay !== null) {
    if (lastValidDay < today || lastValidDay < plan.firstExamDay) {
      const message =
        lastValidDay < today
          ? `学习驾驶证明有效期至${lastValidDay}，已过期；有效期内未完成科目二和科目三的，已合格科目成绩作废。`
          : `学习驾驶证明有效期至${lastValidDay}，早于本计划首个考试日${plan.firstExamDay}，请选择更早的考试计划。`
      return refuse('EXAM_PERMIT_EXPIRED', message, { lastValidDay, firstExamDay: plan.firstExamDay, today })
    }

    const wait = subject === 'k2' ? k2WaitDays(applicant.licenceClass) : subject === 'k3_road' ? k3WaitDays(applicant.licenceClass, applicant.addingToCarClassLicence) : null
    if (wait !== null) {
      const earliestOn = addDays(permitIssuedOn, wait)
      if (today < earliestOn) {
        const rule = subject === 'k2' ? 'EXAM_TOO_EARLY_K2' : 'EXAM_TOO_EARLY_K3'
        return refuse(rule, `${applicant.licenceClass}准驾车型须在取得学习驾驶证明满${wait}日后预约${name}，最早可于${earliestOn}预约。`, {
          licenceClass: applicant.licenceClass,
          permitIssuedOn,
          waitDays: wait,
          earliestOn
        })
      }
    }

    const failedOn = lastFailedOn(applicant, subject)
    if (failedOn !== null) {
      const earliestOn = addDays(failedOn, RETAKE_WAIT_DAYS)
      if (today < earliestOn) {
        return refuse('EXAM_RETAKE_WAIT', `${name}于${failedOn}考试不合格，须在${RETAKE_WAIT_DAYS}日后重新预约，最早可于${earliestOn}预约。`, {
          subject,
          failedOn,
          waitDays: RETAKE_WAIT_DAYS,
          earliestOn
        })
      }
    }

    const used = applicant.bookingsUsed[subject] ?? 0
    if ((subject === 'k2' || subject === 'k3_road') && used >= BOOKING_LIMIT) {
      return refuse('EXAM_BOOKING_LIMIT', `学习驾驶证明有效期内${name}最多预约${BOOKING_LIMIT}次，您已预约${used}次。`, { subject, used, limit: BOOKING_LIMIT })
    }
  }

  return pendingConflict(applicant, plan, settings) ?? { ok: true }
}
