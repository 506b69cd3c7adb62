import { LICENCE_CLASSES, type ExamApplicant, type LicenceClass } from './model'
import { permitLastValidDay } from './permit'
import { fifthBookingFailure } from './results-void'

/**
 * Accepting a licence application (受理驾驶证申请) at the counter: what starts a learner's exam
 * record, and — after a failed fifth booking voided the passes (E8) or the learner's permit ran
 * out (E4) — what starts it again (重新申请). The exams sat and bookings made under an earlier
 * application no longer count (src-shared/domain/exams/rows.ts reads only this application's).
 */
export interface ApplicationRequest {
  readonly licenceClass: LicenceClass
  /** The applicant already holds an 汽车类 licence and adds a class (增加准驾车型). */
  readonly addingToCarClass: boolean
}

export interface ApplicationRefusal {
  readonly rule: 'EXAM_APPLICATION_CLASS_HELD' | 'EXAM_APPLICATION_NO_LICENCE' | 'EXAM_APPLICATION_IN_PROGRESS' | 'EXAM_APPLICATION_BOOKINGS_OPEN'
  readonly message: string
  readonly params: Record<string, string | number>
}

/** The classes a licence's `classes` column lists ("C1" or "A2,C1"). */
export function heldClasses(classes: readonly string[]): LicenceClass[] {
  return classes.flatMap((each) => each.split(',')).filter((each): each is LicenceClass => (LICENCE_CLASSES as readonly string[]).includes(each))
}

/**
 * Why an application cannot be accepted today, or null. `current` is the applicant's record
 * under their latest application (null when there is none); `held` the classes of the licence
 * they hold.
 */
export function applicationRefusal(current: ExamApplicant | null, held: readonly LicenceClass[], request: ApplicationRequest, today: string): ApplicationRefusal | null {
  if (held.includes(request.licenceClass)) {
    return { rule: 'EXAM_APPLICATION_CLASS_HELD', message: `该市民已持有${request.licenceClass}准驾车型的驾驶证，无需申请`, params: { licenceClass: request.licenceClass } }
  }
  if (request.addingToCarClass && held.length === 0) {
    return { rule: 'EXAM_APPLICATION_NO_LICENCE', message: '增加准驾车型须已持有驾驶证；该市民没有驾驶证，请按初次申领受理', params: {} }
  }
  if (current === null) return null
  const voided = fifthBookingFailure(current.exams) !== null
  const lastValidDay = permitLastValidDay(current)
  const expired = lastValidDay !== null && lastValidDay < today
  if (!voided && !expired) {
    return {
      rule: 'EXAM_APPLICATION_IN_PROGRESS',
      message: `该市民的驾驶证申请（${current.licenceClass}，受理于${current.applicationAcceptedAt.slice(0, 10)}）仍在进行，须待考试成绩作废或学习驾驶证明有效期届满后才能重新申请`,
      params: { licenceClass: current.licenceClass, acceptedAt: current.applicationAcceptedAt }
    }
  }
  if (current.pending.length > 0) {
    return { rule: 'EXAM_APPLICATION_BOOKINGS_OPEN', message: '该市民还有待排考的考试预约，请先取消后再重新申请', params: { pending: current.pending.length } }
  }
  return null
}
