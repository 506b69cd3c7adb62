/**
 * The data the exam-booking rules read: licence classes, subjects, the applicant's exam record,
 * a published exam plan and the office's settings. Dates are China civil dates ('YYYY-MM-DD');
 * instants are ISO 8601 strings with an offset or 'Z' (rule numbers E1–E18 refer to
 * research/platform-rules.md §1.4, articles to S1 《机动车驾驶证申领和使用规定》).
 */

/** 准驾车型 a learner can apply for (S1 art.30, 43–44). */
export const LICENCE_CLASSES = ['A1', 'A2', 'A3', 'B1', 'B2', 'C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'D', 'E', 'F', 'M', 'N', 'P'] as const
export type LicenceClass = (typeof LICENCE_CLASSES)[number]

/**
 * The four bookable subjects (E1): 科目一, 科目二, and the two parts of 科目三 — road driving and
 * 安全文明驾驶常识 (colloquially 科目四).
 */
export const EXAM_SUBJECTS = ['k1', 'k2', 'k3_road', 'k3_safety'] as const
export type ExamSubject = (typeof EXAM_SUBJECTS)[number]

export const SUBJECT_NAMES: Readonly<Record<ExamSubject, string>> = {
  k1: '科目一',
  k2: '科目二',
  k3_road: '科目三道路驾驶技能',
  k3_safety: '科目三安全文明驾驶常识'
}

/**
 * One booking's outcome. A booking is one attempt plus one same-day retake (E7); `fail` means the
 * retake also failed or was skipped, `absent` is a no-show, which counts as a fail (E9).
 */
export interface ExamAttempt {
  readonly subject: ExamSubject
  /** When the exam was sat (or, for `absent`, its scheduled start). */
  readonly at: string
  readonly result: 'pass' | 'fail' | 'absent'
}

/** A successful booking the applicant cancelled (E13 clause 3). Withdrawn pending requests are not recorded here. */
export interface CancelledBooking {
  readonly subject: ExamSubject
  readonly at: string
}

/** A request waiting in 受理中 for a plan's allocation (E14). */
export interface PendingBooking {
  readonly subject: ExamSubject
  readonly planId: string
  readonly submittedAt: string
}

/** The exam record of one licence application (初次申领 or 增加准驾车型). */
export interface ExamApplicant {
  readonly id: string
  readonly licenceClass: LicenceClass
  /** When the licence application was accepted (受理); ranks a first 科目一 booking (E13 clause 1). */
  readonly applicationAcceptedAt: string
  /** Already holds an 汽车类 licence and is adding a class: heavy classes then wait 30 days for 科目三, not 40 (E6). */
  readonly addingToCarClassLicence: boolean
  /**
   * Day the learner's permit (学习驾驶证明) was issued: within one working day of passing 科目一, or on
   * acceptance for the class additions of S1 art.30 ¶2–5 (art.40). Null while there is none.
   */
  readonly permitIssuedOn: string | null
  /** Last day before the applicant passes the class's age limit, when that cuts the permit short (E4); else null. */
  readonly ageLimitLastDay: string | null
  /** Subjects passed under the current permit, with the day passed. */
  readonly passed: Readonly<Partial<Record<ExamSubject, string>>>
  /** Every exam sat under this application, in any order. */
  readonly exams: readonly ExamAttempt[]
  readonly cancelledBookings: readonly CancelledBooking[]
  /** Successful bookings counted against the five-booking limit under the current permit (E8), by subject. */
  readonly bookingsUsed: Readonly<Partial<Record<ExamSubject, number>>>
  readonly pending: readonly PendingBooking[]
  /** Subjects whose one priority booking (E15) has already been used. */
  readonly priorityUsed: readonly ExamSubject[]
}

/** A published booking plan (E12, seed §6): one subject, some classes, venues or a region, a window. */
export interface ExamPlan {
  readonly id: string
  readonly subject: ExamSubject
  readonly licenceClasses: readonly LicenceClass[]
  /** The office configures per plan whether applicants book a venue or a region (seed §6). */
  readonly bookingBy: 'venue' | 'region'
  /** Days applications are taken, inclusive. */
  readonly window: { readonly opensOn: string; readonly closesOn: string }
  readonly firstExamDay: string
  /** The plan stops taking applications, allocates and publishes results on this day (seed §6, E14). */
  readonly resultsDay: string
}

/** Per-office switches for rules the law leaves to local conditions. */
export interface OfficeExamSettings {
  /** 有条件的地方 may let 科目二 and 科目三 road be pending at the same time (S1 art.39; E3, E16). */
  readonly allowConcurrentK2K3: boolean
  /** Priority booking for permits with under six months left (E15; a single secondary source, so off unless confirmed). */
  readonly priorityBooking: boolean
}
