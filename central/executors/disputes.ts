import { CENTRAL_RULES, disputeDecidedSchema, disputeRaisedSchema, DISPUTE_COMMAND_VERSION } from '../../src-shared/sync/commands'
import type { RowObject } from '../../src-shared/sync/entities'
import type { PushedCommand } from '../../src-shared/sync/protocol'
import { deleteRecord, entityOf, getRecord, putRecord, republish, rowObject, type CentralTrx } from '../store'
import { applied, parsePayload, review, type ExecutionContext, type StoredResult } from './result'

function unsupportedDisputeVersion(command: PushedCommand): StoredResult | null {
  if (command.version === DISPUTE_COMMAND_VERSION) return null
  return review(command, CENTRAL_RULES.COMMAND_UNSUPPORTED_VERSION, `${command.command} 版本 ${command.version} 不受支持 (unsupported version)`, {
    version: command.version,
    supported: DISPUTE_COMMAND_VERSION
  })
}

/**
 * `disputes.raise` v1: the record is flagged `disputed` province-wide, which blocks handling and
 * payment on every terminal until the deciding office rules. A `record` dispute on a record the
 * central service already holds as paid is refused (the terminal had not heard of the payment).
 */
export async function executeDisputeRaised(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const unsupported = unsupportedDisputeVersion(command)
  if (unsupported) return unsupported
  const parsed = parsePayload(command, disputeRaisedSchema)
  if (!parsed.ok) return parsed.result
  const { dispute } = parsed.payload
  // The dispute itself is a central record (it travels to the deciding office's counters); a
  // refused one is kept as rejected with the reason, so the raising terminal's copy converges
  // to an explanation instead of vanishing.
  const refuse = async (rule: string, message: string, details: Record<string, unknown>, note = message) => {
    await putRecord(trx, 'disputes', dispute.id, { ...dispute, state: 'rejected', decided_at: context.at, decided_by: null, decision_note: note }, context.at)
    // The record (when there is one) is published again so the raising terminal drops its own flag.
    await republish(trx, 'violations', dispute.violation_id, context.at)
    return review(command, rule, message, { disputeId: dispute.id, violationId: dispute.violation_id, ...details })
  }
  const record = await getRecord(trx, 'violations', dispute.violation_id)
  if (!record) return refuse(CENTRAL_RULES.DISPUTE_UNKNOWN_RECORD, `异议所涉违法记录 ${dispute.record_number} 在中心不存在`, {}, '异议所涉违法记录在中心不存在')
  if (dispute.kind === 'record' && (record.row.state === 'confirmed' || record.row.paid_at !== null)) {
    return refuse(CENTRAL_RULES.DISPUTE_RECORD_ALREADY_PAID, `违法记录 ${dispute.record_number} 在中心已缴款，不能再对记录提出异议`, {})
  }
  const rival = (await openDisputesOf(trx, dispute.office_code, dispute.violation_id)).find((other) => other.id !== dispute.id)
  if (rival) return refuse(CENTRAL_RULES.DISPUTE_ALREADY_OPEN, `违法记录 ${dispute.record_number} 已有另一件异议在核实中（${String(rival.raised_at).slice(0, 10)} 提出）`, { rivalId: rival.id })
  await putRecord(trx, 'disputes', dispute.id, { ...dispute, state: 'open', decided_at: null, decided_by: null, decision_note: null }, context.at)
  if (record.row.disputed !== 1) await putRecord(trx, 'violations', dispute.violation_id, { ...record.row, disputed: 1 }, context.at)
  return applied(command, { disputeId: dispute.id })
}

/** Open disputes about one record; disputes live in the record's office partition and are few. */
async function openDisputesOf(trx: CentralTrx, officeCode: string, violationId: string): Promise<RowObject[]> {
  const entity = entityOf('disputes')
  const rows = await trx.selectFrom('records').select('row').where('entity', '=', 'disputes').where('partition', '=', officeCode).execute()
  return rows.map((row) => rowObject(entity, row.row)).filter((row) => row.violation_id === violationId && row.state === 'open')
}

/**
 * `disputes.decide` v1, from a counter of the office where the violation happened:
 *  - upheld `record` → the record is deleted centrally (a null-row change in its partition);
 *    refused when the central service holds payments for it (those need a refund, not a deletion);
 *  - upheld `payment_not_cleared` → the record is confirmed paid at the receipt's instant, unless
 *    it is already confirmed;
 *  - rejected → the flag is cleared and the record is owed as before.
 */
export async function executeDisputeDecided(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const unsupported = unsupportedDisputeVersion(command)
  if (unsupported) return unsupported
  const parsed = parsePayload(command, disputeDecidedSchema)
  if (!parsed.ok) return parsed.result
  const decision = parsed.payload
  const details = { disputeId: decision.disputeId, violationId: decision.violationId }
  const record = await getRecord(trx, 'violations', decision.violationId)
  if (!record) {
    // An upheld record dispute whose record is already gone asks for nothing more.
    if (decision.outcome === 'upheld' && decision.kind === 'record') return applied(command, details)
    return review(command, CENTRAL_RULES.DISPUTE_UNKNOWN_RECORD, `异议所涉违法记录在中心不存在`, details)
  }
  const terminal = await trx.selectFrom('terminals').select('office_code').where('id', '=', context.terminalId).executeTakeFirst()
  if (!terminal || terminal.office_code !== record.row.office_code) {
    await republish(trx, 'violations', decision.violationId, context.at)
    return review(command, CENTRAL_RULES.DISPUTE_OFFICE_MISMATCH, `异议须由违法行为发生地（${String(record.row.office_code)}）的车管所核实`, { ...details, officeCode: record.row.office_code })
  }
  // The decision is written on the dispute record, for the counters of the office and the raising terminal.
  const decided = async () => {
    const stored = await getRecord(trx, 'disputes', decision.disputeId)
    if (stored) {
      await putRecord(trx, 'disputes', decision.disputeId, { ...stored.row, state: decision.outcome, decided_at: decision.decidedAt, decided_by: decision.decidedBy, decision_note: decision.note }, context.at)
    }
  }
  if (decision.outcome === 'rejected') {
    await putRecord(trx, 'violations', decision.violationId, { ...record.row, disputed: 0 }, context.at)
    await decided()
    return applied(command, details)
  }
  if (decision.kind === 'record') {
    const payment = await trx.selectFrom('payments').select('payment_id').where('violation_id', '=', decision.violationId).executeTakeFirst()
    if (payment || record.row.paid_at !== null) {
      await republish(trx, 'violations', decision.violationId, context.at)
      return review(command, CENTRAL_RULES.DISPUTE_RECORD_HAS_PAYMENTS, `违法记录在中心有缴款记录，不能删除，请按退款程序处理`, details)
    }
    await deleteRecord(trx, 'violations', decision.violationId, context.at)
    await decided()
    return applied(command, details)
  }
  if (!decision.proof) return review(command, CENTRAL_RULES.COMMAND_INVALID_PAYLOAD, '已缴款未消除的异议成立，但没有缴款凭证', details)
  const settled = record.row.state === 'confirmed' ? {} : { state: 'confirmed', paid_at: decision.proof.paidAt }
  await putRecord(trx, 'violations', decision.violationId, { ...record.row, ...settled, disputed: 0 }, context.at)
  // The payment the receipt proves is recorded, so when its own command arrives later it is
  // recognised as this payment (by receipt number) and not judged a duplicate to refund.
  await trx
    .insertInto('payments')
    .values({
      violation_id: decision.violationId,
      payment_id: `receipt:${decision.proof.receiptNumber}`,
      terminal_id: context.terminalId,
      decision_number: String(record.row.decision_number ?? ''),
      total_fen: 0,
      paid_at: decision.proof.paidAt
    })
    .onConflict((oc) => oc.column('violation_id').doNothing())
    .execute()
  await decided()
  return applied(command, { ...details, receiptNumber: decision.proof.receiptNumber })
}
