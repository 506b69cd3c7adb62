import type { HolidayCalendar } from './exams/calendar'

/**
 * Disputes about a violation record (异议, platform-rules V5, S3 art.5). Anyone may raise one
 * wherever they are served; the office where the violation happened reviews it within five
 * working days: upheld → the record is deleted (or, for a payment that was not cleared, the
 * record is cleared as paid); rejected → the record stands and the person is told.
 *
 * Pure rules only: main and the central service apply the same ones to their own data.
 */

/**
 * `record`: the record itself is wrong (not this vehicle, a cloned plate, facts untrue).
 * `payment_not_cleared`: the fine was paid but the record still shows it owed (seed README §5).
 */
export const DISPUTE_KINDS = ['record', 'payment_not_cleared'] as const
export type DisputeKind = (typeof DISPUTE_KINDS)[number]

export const DISPUTE_STATES = ['open', 'upheld', 'rejected'] as const
export type DisputeState = (typeof DISPUTE_STATES)[number]

export const DISPUTE_OUTCOMES = ['upheld', 'rejected'] as const
export type DisputeOutcome = (typeof DISPUTE_OUTCOMES)[number]

/** S3 art.5: the office where the violation happened reviews within 5 (working) days. */
export const DISPUTE_REVIEW_WORKING_DAYS = 5

export const DISPUTE_REASON_MIN = 10
export const DISPUTE_REASON_MAX = 300
export const DISPUTE_NOTE_MIN = 5
export const DISPUTE_NOTE_MAX = 300
/** Long enough for a receipt's QR payload (at most 2,000 characters, see receipts.verify). */
export const DISPUTE_EVIDENCE_MAX = 2000

/**
 * The day the review is due: the fifth working day after the day it was raised (the day of
 * raising never counts, and the handling office forwards it that same day). Counted on the
 * admin-maintained holiday calendar, so a Golden Week dispute is not due in the holiday.
 */
export function disputeDueOn(raisedOn: string, calendar: HolidayCalendar): string {
  return calendar.addWorkingDays(raisedOn, DISPUTE_REVIEW_WORKING_DAYS)
}

/** An open dispute past its due day; a decided one is never overdue. */
export function isDisputeOverdue(state: DisputeState, dueOn: string, today: string): boolean {
  return state === 'open' && today > dueOn
}

/**
 * Only the office where the violation happened decides (V5: the handling office forwards it
 * there). A counter of another office can raise a dispute and show it, never decide it.
 */
export function mayDecideDispute(terminalOfficeCode: string, violationOfficeCode: string): boolean {
  return terminalOfficeCode === violationOfficeCode
}

/** The record as the raising rules need it. */
export interface DisputedRecord {
  readonly state: 'unhandled' | 'unpaid' | 'paying' | 'paid' | 'confirmed'
  readonly disputed: boolean
}

export type DisputeRefusal = { rule: DisputeRaiseRule; message: string }
export type DisputeRaiseRule =
  | 'DISPUTE_ALREADY_OPEN'
  | 'DISPUTE_RECORD_PAID'
  | 'DISPUTE_PAYMENT_IN_PROGRESS'
  | 'DISPUTE_NOT_DECIDED'
  | 'DISPUTE_ALREADY_CLEARED'
  | 'DISPUTE_EVIDENCE_REQUIRED'

/**
 * Why a dispute of this kind may not be raised on this record now, or null. A paid record is
 * past disputing its facts (paying accepts the decision; the counter handles a refund claim
 * otherwise); a payment that was not cleared needs a decided record and something that shows
 * the payment.
 */
export function checkDisputeRaise(record: DisputedRecord, kind: DisputeKind, hasOpenDispute: boolean, evidence: string | null): DisputeRefusal | null {
  if (hasOpenDispute || record.disputed) return { rule: 'DISPUTE_ALREADY_OPEN', message: '该记录已有异议正在核实，请等待处理结果' }
  if (record.state === 'paying') return { rule: 'DISPUTE_PAYMENT_IN_PROGRESS', message: '该记录正在缴款中，缴款结果确认后才能提出异议' }
  if (kind === 'record') {
    if (record.state === 'paid' || record.state === 'confirmed') return { rule: 'DISPUTE_RECORD_PAID', message: '该记录已经缴款，不能再对记录提出异议' }
    return null
  }
  if (record.state === 'unhandled') return { rule: 'DISPUTE_NOT_DECIDED', message: '该记录尚未处理（没有处罚决定），不存在已缴款未消除的情况' }
  if (record.state === 'paid' || record.state === 'confirmed') return { rule: 'DISPUTE_ALREADY_CLEARED', message: '该记录已显示为已缴款，无需提出异议' }
  if (!evidence || evidence.trim() === '') return { rule: 'DISPUTE_EVIDENCE_REQUIRED', message: '已缴款未消除的异议须提供收据编号、收据二维码内容或银行流水号' }
  return null
}
