import { AppError, ruleViolation, type AppContract, type ParsedInputOf } from '../../../src-shared/contract'
import type { DisputeItem } from '../../../src-shared/contract/disputes'
import { chinaDateOf } from '../../../src-shared/domain/civil-date'
import { mayDecideDispute } from '../../../src-shared/domain/disputes'
import { DISPUTE_COMMAND_VERSION, type DisputeDecidedPayload } from '../../../src-shared/sync/commands'
import type { HandlerContext } from '../../core/dispatcher'
import { checkPaymentEvidence } from './evidence'
import { disputeItem, loadDispute, officeName } from './records'

/**
 * Decide a dispute at a counter of the office where the violation happened (V5).
 *  - upheld `record`: the record is deleted. A record with payment history is refused: money
 *    was taken against it, so it goes through a refund, not a silent deletion (and the payment
 *    lines keep their foreign key to it).
 *  - upheld `payment_not_cleared`: only on proof the terminal can check — a receipt it holds or
 *    a genuine receipt QR payload naming the record's decision number; the record becomes paid
 *    at the receipt's instant.
 *  - rejected: the record stands and can be handled and paid again; the note tells the person why.
 * The central service re-executes the decision (central/executors.ts) and publishes it.
 */
export function decideDispute(input: ParsedInputOf<AppContract, 'disputes.decide'>, ctx: HandlerContext): DisputeItem {
  const { db, session, terminal, now } = ctx
  const dispute = loadDispute(db, input.id)
  if (!dispute) throw new AppError('NOT_FOUND', '没有这条异议记录', { disputeId: input.id })
  if (!mayDecideDispute(terminal.officeCode, dispute.office_code)) {
    throw ruleViolation('DISPUTE_WRONG_OFFICE', `该异议由违法行为发生地的${officeName(dispute.office_code)}核实，本窗口不能作出决定`, {
      officeCode: dispute.office_code,
      officeName: officeName(dispute.office_code)
    })
  }
  if (dispute.state !== 'open') throw ruleViolation('DISPUTE_NOT_OPEN', '该异议已经处理完毕', { disputeId: dispute.id, state: dispute.state })

  const record = db.first(db.kysely.selectFrom('violations').select(['id', 'decision_number']).where('id', '=', dispute.violation_id))
  let proof: DisputeDecidedPayload['proof'] = null
  if (input.outcome === 'rejected') {
    if (record) db.run(db.kysely.updateTable('violations').set({ disputed: 0 }).where('id', '=', record.id))
  } else if (dispute.kind === 'record') {
    if (record) {
      const paid = db.first(db.kysely.selectFrom('payment_lines').select('payment_id').where('violation_id', '=', record.id).limit(1))
      if (paid) {
        throw ruleViolation('DISPUTE_RECORD_HAS_PAYMENTS', '该记录有缴款记录，不能直接删除；请按退款程序处理后再核实', { violationId: record.id })
      }
      db.run(db.kysely.deleteFrom('violations').where('id', '=', record.id))
    }
  } else {
    const check = checkPaymentEvidence(db, dispute.evidence, record?.decision_number ?? null)
    if (!record || !check.proves || !check.paidAt || !check.receiptNumber) {
      throw ruleViolation('DISPUTE_PAYMENT_UNPROVEN', '异议材料不能证明该记录已缴款：须提供本终端可核验的收据编号，或签名有效且载明该决定书编号的收据二维码', {
        verdict: check.verdict,
        covers: check.covers
      })
    }
    proof = { receiptNumber: check.receiptNumber, paidAt: check.paidAt }
    db.run(db.kysely.updateTable('violations').set({ state: 'paid', paid_at: check.paidAt, disputed: 0 }).where('id', '=', record.id))
  }

  const decidedAt = now.toISOString()
  db.run(
    db.kysely
      .updateTable('disputes')
      .set({ state: input.outcome, decided_at: decidedAt, decided_by: session.userId, decision_note: input.note })
      .where('id', '=', dispute.id)
  )
  const payload: DisputeDecidedPayload = {
    disputeId: dispute.id,
    violationId: dispute.violation_id,
    kind: dispute.kind,
    outcome: input.outcome,
    note: input.note,
    officeCode: dispute.office_code,
    decidedAt,
    decidedBy: session.userId,
    proof
  }
  ctx.record({ subject: dispute.id, payload, version: DISPUTE_COMMAND_VERSION, idempotencyKey: `dispute-decision:${dispute.id}` })
  return disputeItem(ctx, loadDispute(db, dispute.id)!, chinaDateOf(now))
}
