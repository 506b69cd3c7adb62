import { addDays, dayNumber } from './civil-date'

/** 15 natural days to pay from delivery of the decision (行政处罚法 art.67; S5 art.85 counts 十五日 as natural days). */
export const PAYMENT_WINDOW_DAYS = 15
/** 3 % of the fine per overdue day (行政处罚法 art.72(1); S3 art.60(1)). */
export const LATE_FEE_PERCENT_PER_DAY = 3

export interface LateFee {
  /** Last day to pay without a surcharge (YYYY-MM-DD). */
  dueOn: string
  overdueDays: number
  fineFen: number
  /** 加处罚款, capped at the fine itself. */
  surchargeFen: number
  totalFen: number
}

/**
 * The late fee (加处罚款) on a fine, in integer fen.
 *
 * Day 0 is the day the decision was delivered; paying on or before day 15 costs the fine
 * alone. Each day after that adds 3 % of the fine, and the surcharge never exceeds the fine,
 * so at most twice the fine is owed.
 *
 * Rounding: the regulations do not say how to round part of a fen. The surcharge is computed
 * exactly as fine × 3 × days / 100 and rounded **down** to a whole fen, so nobody is charged
 * a fraction the law does not require; fines are whole yuan in practice, where no rounding
 * happens at all.
 */
export function lateFee(fineFen: number, deliveredOn: string, paidOn: string): LateFee {
  if (!Number.isSafeInteger(fineFen) || fineFen < 0) throw new RangeError(`fineFen must be a non-negative integer, got ${fineFen}`)
  const dueOn = addDays(deliveredOn, PAYMENT_WINDOW_DAYS)
  const overdueDays = Math.max(0, dayNumber(paidOn) - dayNumber(dueOn))
  const uncapped = Math.floor((fineFen * LATE_FEE_PERCENT_PER_DAY * overdueDays) / 100)
  const surchargeFen = Math.min(fineFen, uncapped)
  return { dueOn, overdueDays, fineFen, surchargeFen, totalFen: fineFen + surchargeFen }
}
