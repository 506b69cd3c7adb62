import { uuidv7 } from 'uuidv7'
import { AppError, ruleViolation, type AppContract, type ParsedInputOf } from '../../../src-shared/contract'
import type { ExamBookingView } from '../../../src-shared/contract/exams'
import { chinaDateOf } from '../../../src-shared/domain/civil-date'
import { permitIssuedByResult, sessionStartInstant, SUBJECT_NAMES, type OfficeExamSettings } from '../../../src-shared/domain/exams'
import type { HandlerContext } from '../../core/dispatcher'
import { subjectCitizenId } from '../identity/accounts'
import { bookingView } from './service'

const OUTCOME_NAMES = { pass: '合格', fail: '不合格', absent: '缺考' } as const

/** Minutes after midnight of an 'HH:MM' session start. */

/**
 * Records the outcome of a seated booking on or after its exam day: pass, fail, or absent.
 * The outcome becomes an exam attempt like those from the exam system, tied to the booking, so
 * the rules read it the way they read any other: an absence is a failed attempt (E9), which
 * starts the 10-day wait for 科目二/三 (E7) and has used one of the five bookings (E8); a pass
 * counts as the subject passed. The attempt's time is the session's start, the time E13 ranks
 * the next booking by ("the previous exam").
 *
 * A 科目一 pass also issues the learner's permit when none is on record (E4; S1 art.40), dated
 * the exam day, in the same transaction as the attempt: without it 科目二/三 could never be booked
 * (E3), and with it the permit's validity and the earliest 科目二/科目三 days follow (E5, E6). The
 * outbox payload says whether a permit was issued and on which day, so the central record can
 * follow.
 *
 * A clerk records for the citizen being served (the booking must be theirs); an admin by booking.
 */
export function recordResult(input: ParsedInputOf<AppContract, 'exams.recordResult'>, ctx: HandlerContext, settings: OfficeExamSettings): ExamBookingView {
  const { db } = ctx
  const today = chinaDateOf(ctx.now)
  let query = db.kysely.selectFrom('exam_bookings').selectAll().where('id', '=', input.bookingId)
  if (ctx.session.role === 'clerk') query = query.where('citizen_id', '=', subjectCitizenId(ctx))
  const booking = db.first(query)
  if (!booking) throw new AppError('NOT_FOUND', '没有该预约', { bookingId: input.bookingId })
  const session = booking.seated_session_id ? db.first(db.kysely.selectFrom('exam_sessions').selectAll().where('id', '=', booking.seated_session_id)) : undefined
  if (booking.status !== 'seated' || !session) {
    throw ruleViolation('EXAM_RESULT_NOT_SEATED', '该预约没有考试安排（未获安排、待安排或已取消），不能录入考试结果', { bookingId: booking.id, status: booking.status })
  }
  if (today < session.exam_date) {
    throw ruleViolation('EXAM_RESULT_TOO_EARLY', `考试日期为 ${session.exam_date}，考试当天或之后才能录入考试结果`, { examDate: session.exam_date })
  }
  const existing = db.first(db.kysely.selectFrom('exam_attempts').select(['result']).where('booking_id', '=', booking.id))
  if (existing) {
    throw ruleViolation('EXAM_RESULT_RECORDED', `该预约的考试结果已录入（${OUTCOME_NAMES[existing.result]}），不能重复录入`, { bookingId: booking.id, result: existing.result })
  }
  const attemptId = uuidv7()
  const at = sessionStartInstant(session.exam_date, session.starts_at)
  // `absent` is stored as itself: the rules already treat it as a failed attempt (E9), and the record keeps why.
  db.run(db.kysely.insertInto('exam_attempts').values({ id: attemptId, citizen_id: booking.citizen_id, subject: booking.subject, at, result: input.result, booking_id: booking.id }))
  const learner = db.first(db.kysely.selectFrom('learner_permits').select('permit_issued_on').where('citizen_id', '=', booking.citizen_id))
  const permitIssuedOn = permitIssuedByResult(learner?.permit_issued_on ?? null, booking.subject, input.result, session.exam_date)
  if (permitIssuedOn !== null) {
    // Guarded on null again so a permit issued meanwhile is never re-dated.
    db.run(db.kysely.updateTable('learner_permits').set({ permit_issued_on: permitIssuedOn }).where('citizen_id', '=', booking.citizen_id).where('permit_issued_on', 'is', null))
  }
  ctx.record({
    subject: booking.id,
    payload: {
      bookingId: booking.id,
      attemptId,
      citizenId: booking.citizen_id,
      subject: booking.subject,
      subjectName: SUBJECT_NAMES[booking.subject],
      result: input.result,
      at,
      permitIssued: permitIssuedOn !== null,
      permitIssuedOn
    }
  })
  return bookingView(ctx, booking, settings)
}
