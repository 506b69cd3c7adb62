import type { z } from 'zod'
import { chinaDateOf, parseCivilDate } from '../src-shared/domain/civil-date'
import { lateFee } from '../src-shared/domain/late-fee'
import { earliestFirstExam, PUBLISH_DAYS_AHEAD } from '../src-shared/domain/exams/plan-rules'
import {
  CENTRAL_RULES,
  contactsSchema,
  disputeDecidedSchema,
  disputeRaisedSchema,
  DISPUTE_COMMAND_VERSION,
  examPlanSchema,
  PAYMENT_COMMAND_VERSION,
  paymentOutcomeSchema,
  registrationSchema,
  type PaymentLinePayload
} from '../src-shared/sync/commands'
import type { CommandResult, PushedCommand } from '../src-shared/sync/protocol'
import type { RowObject } from '../src-shared/sync/entities'
import { deleteRecord, entityOf, getRecord, putRecord, republish, rowObject, type CentralTrx } from './store'

/** What is stored under the idempotency key and answered again on a replay. */
export type StoredResult = Omit<CommandResult, 'replayed'>

export interface ExecutionContext {
  readonly terminalId: string
  /** Central clock: the instant written into changes. */
  readonly at: string
}

type Executor = (trx: CentralTrx, context: ExecutionContext, command: PushedCommand) => Promise<StoredResult>

/**
 * Re-execute a pushed command with the shared domain rules, inside the caller's transaction.
 * The terminal has already done it locally (offline-first); the central service is the
 * arbiter when two terminals did conflicting things, and answers what the counter must do.
 */
export async function executeCommand(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const executor = EXECUTORS[command.command]
  // Commands without central rules (audit, day closes, reprints) are kept as a record only.
  if (!executor) return applied(command)
  return executor(trx, context, command)
}

const EXECUTORS: Record<string, Executor> = {
  'payments.pay': executePayment,
  'payments.settle': executePayment,
  'auth.registerCitizen': executeRegistration,
  'me.updateContacts': executeContacts,
  'exams.createPlan': executeExamPlan,
  'disputes.raise': executeDisputeRaised,
  'disputes.decide': executeDisputeDecided
}

function applied(command: PushedCommand, details?: Record<string, unknown>): StoredResult {
  return { idempotencyKey: command.idempotencyKey, status: 'applied', ...(details ? { details } : {}) }
}

function review(command: PushedCommand, code: string, message: string, details?: Record<string, unknown>, decisionNumbers?: string[]): StoredResult {
  return {
    idempotencyKey: command.idempotencyKey,
    status: 'rejected',
    code,
    message,
    ...(details ? { details } : {}),
    followUp: { kind: 'review', ...(decisionNumbers && decisionNumbers.length > 0 ? { decisionNumbers } : {}) }
  }
}

function parsePayload<S extends z.ZodType>(command: PushedCommand, schema: S): { ok: true; payload: z.infer<S> } | { ok: false; result: StoredResult } {
  const parsed = schema.safeParse(command.payload)
  if (parsed.success) return { ok: true, payload: parsed.data }
  return {
    ok: false,
    result: review(command, CENTRAL_RULES.COMMAND_INVALID_PAYLOAD, `${command.command} 的数据格式无效 (invalid payload)`, { issues: parsed.error.issues.map((issue) => issue.message) })
  }
}

type LineVerdict =
  | { kind: 'good'; line: PaymentLinePayload; row: Record<string, unknown> }
  | { kind: 'already'; line: PaymentLinePayload }
  | { kind: 'duplicate'; line: PaymentLinePayload }
  | { kind: 'unknown'; line: PaymentLinePayload }
  | { kind: 'mismatch'; line: PaymentLinePayload; expectedTotalFen: number | null; expectedFineFen: number }

/**
 * `payments.pay` / `payments.settle` v2. Each line is judged on its own: a fine another
 * terminal was paid for first must be refunded here, but the other lines of the same payment
 * stand, because the money for them was rightly taken.
 */
async function executePayment(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  if (command.version !== PAYMENT_COMMAND_VERSION) {
    return review(command, CENTRAL_RULES.COMMAND_UNSUPPORTED_VERSION, `${command.command} 版本 ${command.version} 不受支持 (unsupported version)`, {
      version: command.version,
      supported: PAYMENT_COMMAND_VERSION
    })
  }
  const parsed = parsePayload(command, paymentOutcomeSchema)
  if (!parsed.ok) return parsed.result
  const payment = parsed.payload
  if (payment.outcome !== 'approved') return applied(command)
  const settled = new Date(payment.settledAt)
  if (Number.isNaN(settled.getTime())) return review(command, CENTRAL_RULES.COMMAND_INVALID_PAYLOAD, `缴款时间无效: ${payment.settledAt}`)
  const payDate = chinaDateOf(settled)

  const verdicts: LineVerdict[] = []
  const seen = new Set<string>()
  for (const line of payment.lines) {
    // A record listed twice in one payment would be charged twice: the second line is wrong, not a second payment.
    if (seen.has(line.violationId)) verdicts.push({ kind: 'mismatch', line, expectedTotalFen: 0, expectedFineFen: line.fineFen })
    else verdicts.push(await judgeLine(trx, payment.paymentId, payment.receiptNumber ?? null, payDate, line))
    seen.add(line.violationId)
  }

  for (const verdict of verdicts) {
    if (verdict.kind !== 'good') continue
    const { line, row } = verdict
    await trx
      .insertInto('payments')
      .values({ violation_id: line.violationId, payment_id: payment.paymentId, terminal_id: context.terminalId, decision_number: line.decisionNumber, total_fen: line.totalFen, paid_at: payment.settledAt })
      .execute()
    const decided = line.handling ? { decided_on: payDate, delivered_on: payDate, decision_number: line.decisionNumber } : { decision_number: row.decision_number ?? line.decisionNumber }
    await putRecord(trx, 'violations', line.violationId, { ...row, ...decided, state: 'confirmed', paid_at: payment.settledAt }, context.at)
  }

  const refused = verdicts.filter((verdict) => verdict.kind === 'duplicate' || verdict.kind === 'mismatch' || verdict.kind === 'unknown')
  for (const verdict of refused) await republish(trx, 'violations', verdict.line.violationId, context.at)
  const details = {
    paymentId: payment.paymentId,
    applied: verdicts.filter((verdict) => verdict.kind === 'good' || verdict.kind === 'already').map((verdict) => verdict.line.decisionNumber),
    duplicate: numbersOf(verdicts, 'duplicate'),
    mismatch: verdicts.flatMap((verdict) =>
      verdict.kind === 'mismatch' ? [{ decisionNumber: verdict.line.decisionNumber, totalFen: verdict.line.totalFen, expectedTotalFen: verdict.expectedTotalFen, expectedFineFen: verdict.expectedFineFen }] : []
    ),
    unknown: numbersOf(verdicts, 'unknown')
  }

  const duplicates = verdicts.filter((verdict) => verdict.kind === 'duplicate')
  if (duplicates.length > 0) {
    const decisionNumbers = duplicates.map((verdict) => verdict.line.decisionNumber)
    return {
      idempotencyKey: command.idempotencyKey,
      status: 'rejected',
      code: CENTRAL_RULES.PAYMENT_DUPLICATE,
      message: `决定书 ${decisionNumbers.join('、')} 已在其他终端缴款，本次款项应退还`,
      details,
      followUp: { kind: 'refund', amountFen: duplicates.reduce((sum, verdict) => sum + verdict.line.totalFen, 0), paymentId: payment.paymentId, decisionNumbers }
    }
  }
  if (details.mismatch.length > 0) {
    const numbers = details.mismatch.map((line) => line.decisionNumber)
    return review(command, CENTRAL_RULES.PAYMENT_AMOUNT_MISMATCH, `决定书 ${numbers.join('、')} 的缴款金额与应缴金额不符，请复核`, details, numbers)
  }
  if (details.unknown.length > 0) {
    return review(command, CENTRAL_RULES.PAYMENT_UNKNOWN_RECORD, `决定书 ${details.unknown.join('、')} 对应的违法记录不存在，请复核`, details, details.unknown)
  }
  return applied(command, details)
}

function numbersOf(verdicts: readonly LineVerdict[], kind: LineVerdict['kind']): string[] {
  return verdicts.filter((verdict) => verdict.kind === kind).map((verdict) => verdict.line.decisionNumber)
}

async function judgeLine(trx: CentralTrx, paymentId: string, receiptNumber: string | null, payDate: string, line: PaymentLinePayload): Promise<LineVerdict> {
  const record = await getRecord(trx, 'violations', line.violationId)
  if (!record) return { kind: 'unknown', line }
  const existing = await trx.selectFrom('payments').select('payment_id').where('violation_id', '=', line.violationId).executeTakeFirst()
  if (existing?.payment_id === paymentId) return { kind: 'already', line }
  if (existing && receiptNumber !== null && existing.payment_id === `receipt:${receiptNumber}`) {
    // A counter already proved this very payment by its receipt (a payment dispute upheld while
    // the paying terminal was offline): the same money, recorded now under its own id.
    await trx.updateTable('payments').set({ payment_id: paymentId, total_fen: line.totalFen }).where('violation_id', '=', line.violationId).execute()
    return { kind: 'already', line }
  }
  if (existing) return { kind: 'duplicate', line }
  // Paid before the central service kept payments (imported data): paying again is a duplicate too.
  if (record.row.paid_at !== null) return { kind: 'duplicate', line }

  const fineFen = Number(record.row.fine_fen)
  const deliveredOn = line.handling ? payDate : record.row.delivered_on
  if (typeof deliveredOn !== 'string' || !parseCivilDate(deliveredOn)) return { kind: 'mismatch', line, expectedTotalFen: null, expectedFineFen: fineFen }
  const expected = lateFee(fineFen, deliveredOn, payDate)
  if (line.fineFen !== fineFen || line.totalFen !== expected.totalFen) return { kind: 'mismatch', line, expectedTotalFen: expected.totalFen, expectedFineFen: fineFen }
  return { kind: 'good', line, row: record.row }
}

/** `auth.registerCitizen`: one account per person across the province. */
async function executeRegistration(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, registrationSchema)
  if (!parsed.ok) return parsed.result
  const { accountId, citizenId } = parsed.payload
  const existing = await trx.selectFrom('accounts').select(['account_id', 'terminal_id']).where('citizen_id', '=', citizenId).executeTakeFirst()
  if (existing) {
    if (existing.account_id === accountId) return applied(command)
    return review(command, CENTRAL_RULES.REG_ALREADY_REGISTERED, '此人已在其他终端注册账户，请在原终端登录，或到窗口重置密码', { citizenId, terminalId: existing.terminal_id })
  }
  await trx
    .insertInto('accounts')
    .values({ citizen_id: citizenId, account_id: accountId, terminal_id: context.terminalId, idempotency_key: command.idempotencyKey, created_at: context.at })
    .execute()
  return applied(command)
}

/**
 * `me.updateContacts`: licence and vehicle contact records are central; the citizen's own
 * `phone` is the one registered with the resident record and is not changed here.
 */
async function executeContacts(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const parsed = parsePayload(command, contactsSchema)
  if (!parsed.ok) return parsed.result
  const contacts = parsed.payload

  const vehicles: Record<string, unknown>[] = []
  for (const vehicleId of contacts.vehicleIds) {
    const vehicle = await getRecord(trx, 'vehicles', vehicleId)
    if (!vehicle || vehicle.row.owner_citizen_id !== contacts.citizenId) {
      return review(command, CENTRAL_RULES.CONTACT_NOT_OWNER, `车辆 ${vehicleId} 不属于本人，联系方式未更新`, { vehicleId })
    }
    vehicles.push(vehicle.row)
  }

  if (contacts.licence) {
    const licence = await trx.selectFrom('records').select('key').where('citizen_id', '=', contacts.citizenId).where('entity', '=', 'licences').executeTakeFirst()
    const row = licence && (await getRecord(trx, 'licences', licence.key))?.row
    if (licence && row) {
      await putRecord(trx, 'licences', licence.key, { ...row, contact_phone: contacts.phone, ...(contacts.address !== undefined ? { contact_address: contacts.address } : {}) }, context.at)
    }
  }
  for (const vehicle of vehicles) await putRecord(trx, 'vehicles', String(vehicle.id), { ...vehicle, contact_phone: contacts.phone }, context.at)
  return applied(command)
}

/**
 * `exams.createPlan` v2: the plan and its sessions under the ids the terminal gave them, so
 * the terminal's own rows and the central records are the same rows. The publication rule is
 * checked again on the central side, and every venue must belong to the plan's office.
 */
async function executeExamPlan(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  if (command.version !== 2) {
    return review(command, CENTRAL_RULES.COMMAND_UNSUPPORTED_VERSION, `${command.command} 版本 ${command.version} 不受支持 (unsupported version)`, { version: command.version, supported: 2 })
  }
  const parsed = parsePayload(command, examPlanSchema)
  if (!parsed.ok) return parsed.result
  const { plan, sessions } = parsed.payload
  const firstExamOn = sessions.map((session) => session.exam_date).sort()[0]!
  if (plan.first_exam_on !== firstExamOn || firstExamOn < earliestFirstExam(plan.published_on)) {
    return review(command, CENTRAL_RULES.EXAM_PLAN_PUBLISHED_LATE, `考试计划须至少提前${PUBLISH_DAYS_AHEAD}日公布：首场考试 ${firstExamOn} 早于 ${earliestFirstExam(plan.published_on)}`, {
      planId: plan.id,
      firstExamOn
    })
  }
  for (const session of sessions) {
    const venue = await getRecord(trx, 'exam_venues', session.venue_id)
    const region = venue ? await getRecord(trx, 'exam_regions', String(venue.row.region_id)) : undefined
    if (session.plan_id !== plan.id || !region || region.row.office_code !== plan.office_code) {
      return review(command, CENTRAL_RULES.EXAM_PLAN_VENUE_ELSEWHERE, `考试计划的场次 ${session.id} 的考场不属于 ${plan.office_code}`, { planId: plan.id, sessionId: session.id })
    }
  }
  await putRecord(trx, 'exam_plans', plan.id, plan, context.at)
  for (const session of sessions) await putRecord(trx, 'exam_sessions', session.id, session, context.at)
  return applied(command)
}

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
async function executeDisputeRaised(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
  const unsupported = unsupportedDisputeVersion(command)
  if (unsupported) return unsupported
  const parsed = parsePayload(command, disputeRaisedSchema)
  if (!parsed.ok) return parsed.result
  const { dispute } = parsed.payload
  // The dispute itself is a central record (it travels to the deciding office's counters); a
  // refused one is kept as rejected with the reason, so the raising terminal's copy converges
  // to an explanation instead of vanishing.
  const refuse = async (rule: string, message: string, details: Record<string, unknown>) => {
    await putRecord(trx, 'disputes', dispute.id, { ...dispute, state: 'rejected', decided_at: context.at, decided_by: null, decision_note: message }, context.at)
    await republish(trx, 'violations', dispute.violation_id, context.at)
    return review(command, rule, message, { disputeId: dispute.id, violationId: dispute.violation_id, ...details })
  }
  const record = await getRecord(trx, 'violations', dispute.violation_id)
  if (!record) {
    await putRecord(trx, 'disputes', dispute.id, { ...dispute, state: 'rejected', decided_at: context.at, decided_by: null, decision_note: '异议所涉违法记录在中心不存在' }, context.at)
    return review(command, CENTRAL_RULES.DISPUTE_UNKNOWN_RECORD, `异议所涉违法记录 ${dispute.record_number} 在中心不存在`, { disputeId: dispute.id, violationId: dispute.violation_id })
  }
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
async function executeDisputeDecided(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
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
