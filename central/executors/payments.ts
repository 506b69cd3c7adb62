import { chinaDateOf, parseCivilDate } from '../../src-shared/domain/civil-date'
import { lateFee } from '../../src-shared/domain/late-fee'
import { CAMERA_SELF_SERVICE_MAX_FINE_FEN } from '../../src-shared/domain/camera-handling'
import { CENTRAL_RULES, PAYMENT_COMMAND_VERSION, paymentOutcomeSchema, type PaymentLinePayload } from '../../src-shared/sync/commands'
import type { PushedCommand } from '../../src-shared/sync/protocol'
import { getRecord, putRecord, republish, type CentralTrx } from '../store'
import { applied, parsePayload, review, type ExecutionContext, type StoredResult } from './result'

type LineVerdict =
  | { kind: 'good'; line: PaymentLinePayload; row: Record<string, unknown> }
  | { kind: 'already'; line: PaymentLinePayload }
  | { kind: 'duplicate'; line: PaymentLinePayload }
  | { kind: 'unknown'; line: PaymentLinePayload }
  | { kind: 'mismatch'; line: PaymentLinePayload; expectedTotalFen: number | null; expectedFineFen: number }
  | { kind: 'over_limit'; line: PaymentLinePayload }

/**
 * `payments.pay` / `payments.settle` v2. Each line is judged on its own: a fine another
 * terminal was paid for first must be refunded here, but the other lines of the same payment
 * stand, because the money for them was rightly taken.
 */
export async function executePayment(trx: CentralTrx, context: ExecutionContext, command: PushedCommand): Promise<StoredResult> {
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
    else verdicts.push(await judgeLine(trx, payment.paymentId, payment.receiptNumber ?? null, payDate, line, SELF_SERVICE_ROLES.has(command.actorRole)))
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

  const refused = verdicts.filter((verdict) => verdict.kind !== 'good' && verdict.kind !== 'already')
  for (const verdict of refused) await republish(trx, 'violations', verdict.line.violationId, context.at)
  const details = {
    paymentId: payment.paymentId,
    applied: verdicts.filter((verdict) => verdict.kind === 'good' || verdict.kind === 'already').map((verdict) => verdict.line.decisionNumber),
    duplicate: numbersOf(verdicts, 'duplicate'),
    mismatch: verdicts.flatMap((verdict) =>
      verdict.kind === 'mismatch' ? [{ decisionNumber: verdict.line.decisionNumber, totalFen: verdict.line.totalFen, expectedTotalFen: verdict.expectedTotalFen, expectedFineFen: verdict.expectedFineFen }] : []
    ),
    unknown: numbersOf(verdicts, 'unknown'),
    overLimit: numbersOf(verdicts, 'over_limit')
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
  if (details.overLimit.length > 0) {
    return review(
      command,
      CENTRAL_RULES.HANDLE_FINE_LIMIT,
      `决定书 ${details.overLimit.join('、')}：罚款超过200元的电子监控记录不能自助处理，须按一般程序到窗口办理，本次款项请复核退还`,
      details,
      details.overLimit
    )
  }
  if (details.unknown.length > 0) {
    return review(command, CENTRAL_RULES.PAYMENT_UNKNOWN_RECORD, `决定书 ${details.unknown.join('、')} 对应的违法记录不存在，请复核`, details, details.unknown)
  }
  return applied(command, details)
}

function numbersOf(verdicts: readonly LineVerdict[], kind: LineVerdict['kind']): string[] {
  return verdicts.filter((verdict) => verdict.kind === kind).map((verdict) => verdict.line.decisionNumber)
}

/** Sessions of people serving themselves (kiosk, online); a clerk at a counter handles any record. */
const SELF_SERVICE_ROLES = new Set(['citizen', 'org_agent'])

async function judgeLine(trx: CentralTrx, paymentId: string, receiptNumber: string | null, payDate: string, line: PaymentLinePayload, selfService: boolean): Promise<LineVerdict> {
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
  // Seed rule 2, checked again here: self-service handling only for fines of 200 yuan or less.
  if (line.handling && selfService && fineFen > CAMERA_SELF_SERVICE_MAX_FINE_FEN) return { kind: 'over_limit', line }
  const deliveredOn = line.handling ? payDate : record.row.delivered_on
  if (typeof deliveredOn !== 'string' || !parseCivilDate(deliveredOn)) return { kind: 'mismatch', line, expectedTotalFen: null, expectedFineFen: fineFen }
  const expected = lateFee(fineFen, deliveredOn, payDate)
  if (line.fineFen !== fineFen || line.totalFen !== expected.totalFen) return { kind: 'mismatch', line, expectedTotalFen: expected.totalFen, expectedFineFen: fineFen }
  return { kind: 'good', line, row: record.row }
}

