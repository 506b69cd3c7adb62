import { uuidv7 } from 'uuidv7'
import { AppError, ruleViolation } from '../../../src-shared/contract'
import { chinaDateOf } from '../../../src-shared/domain/civil-date'
import type { AppDatabase } from '../../core/database'
import type { HandlerContext } from '../../core/dispatcher'
import type { PaymentTerminal, SaleOutcome } from '../../ports/payment-terminal'
import { paymentScope } from './scope'
import { priceSelection } from './pricing'
import { takeNumber } from './numbers'
import { issueReceipt, type IssuedReceipt } from './receipts'
import type { OutboxEntry } from '../../core/outbox'
import { PAYMENT_COMMAND_VERSION, type PaymentOutcomePayload } from '../../../src-shared/sync/commands'

/** Steps of a payment where the crash tests stop the process. */
export type CrashPoint = 'before_journal' | 'after_journal' | 'during_device_call' | 'after_approval' | 'before_receipt'

export interface PaymentDeps {
  terminal: PaymentTerminal
  crashAt: (point: CrashPoint) => void
}

export interface PaymentResult {
  paymentId: string
  outcome: 'approved' | 'declined' | 'unknown'
  message: string
  receipt: IssuedReceipt | null
}

/**
 * Handle and pay in one flow (seed rule 4: camera handling succeeds only once the fine is
 * paid):
 *  1. price and check the selection, then commit the journal — payment `pending`, lines
 *     holding their decision numbers under a unique index, records `paying` — before the
 *     device is called;
 *  2. call the card terminal (no transaction is open while it works);
 *  3. commit the outcome: approved → records paid (camera records decided and delivered
 *     today) and a receipt issued; declined → everything as it was; unknown → left for
 *     `recoverPayments`, which asks the terminal and never charges again.
 */
export async function pay(
  input: { violationIds: string[]; channel: 'card' | 'cash'; expectedTotalFen: number },
  ctx: HandlerContext,
  deps: PaymentDeps
): Promise<PaymentResult> {
  const { db, session, terminal, now } = ctx
  if (input.channel === 'cash' && session.role !== 'clerk') throw ruleViolation('PAY_CASH_COUNTER_ONLY', '现金缴款只能在窗口由工作人员收取')
  const today = chinaDateOf(now)
  const scope = paymentScope(ctx)
  const paymentId = uuidv7()
  deps.crashAt('before_journal')

  const priced = db.transaction(() => {
    const selection = priceSelection(db, scope, input.violationIds, today)
    if (selection.totalFen !== input.expectedTotalFen) {
      throw ruleViolation('PAY_AMOUNT_CHANGED', '应缴金额已变化，请重新确认', { expectedTotalFen: input.expectedTotalFen, totalFen: selection.totalFen })
    }
    if (selection.totalFen <= 0) throw new AppError('INVALID_INPUT', '应缴金额为零')
    db.run(
      db.kysely.insertInto('payment_journal').values({
        id: paymentId,
        terminal_id: terminal.id,
        channel: input.channel,
        amount_fen: selection.totalFen,
        state: 'pending',
        device_reference: null,
        card_masked: null,
        outcome_note: null,
        payer_citizen_id: scope.citizenId,
        actor_role: session.role,
        actor_id: session.userId,
        created_at: now.toISOString(),
        resolved_at: null
      })
    )
    for (const line of selection.lines) {
      // The decision number is the idempotency key: one live payment per decision, ever. A
      // camera record being handled holds its reserved number while the payment is open.
      const decisionNumber = line.row.decision_number ?? takeNumber(db, 'decision')
      db.run(
        db.kysely.insertInto('payment_lines').values({
          payment_id: paymentId,
          violation_id: line.row.id,
          decision_number: decisionNumber,
          handling: line.handling ? 1 : 0,
          previous_state: line.row.state,
          fine_fen: line.fineFen,
          surcharge_fen: line.surchargeFen,
          total_fen: line.totalFen
        })
      )
      db.run(db.kysely.updateTable('violations').set({ state: 'paying', decision_number: decisionNumber }).where('id', '=', line.row.id))
    }
    return selection
  })
  deps.crashAt('after_journal')

  const outcome: SaleOutcome =
    input.channel === 'cash'
      ? { outcome: 'approved', deviceReference: `CASH-${paymentId.slice(-12)}`, cardMasked: '' }
      : await deps.terminal.sale({ reference: paymentId, amountFen: priced.totalFen }).catch((error: unknown) => ({ outcome: 'unknown' as const, reason: String(error) }))
  if (outcome.outcome === 'approved') deps.crashAt('after_approval')

  let receipt: IssuedReceipt | null = null
  ctx.commit(() => {
    receipt = settle(db, paymentId, outcome, now, deps)
    ctx.record({ subject: paymentId, payload: paymentOutcomePayload(db, paymentId, outcome.outcome, now), idempotencyKey: `payment:${paymentId}` })
  })
  return { paymentId, outcome: outcome.outcome, message: outcomeMessage(outcome), receipt }
}

/**
 * The command the central service re-executes for a payment's outcome (`payments.pay` and
 * `payments.settle`, version 2): every line with its decision number and amounts, so the
 * central service can check the price with the same late-fee rule and detect a decision paid
 * on two terminals.
 */
export function paymentOutcomePayload(db: AppDatabase, paymentId: string, outcome: SaleOutcome['outcome'], settledAt: Date): PaymentOutcomePayload {
  const journal = db.first(db.kysely.selectFrom('payment_journal').select(['channel', 'amount_fen']).where('id', '=', paymentId))
  if (!journal) throw new Error(`payment ${paymentId} missing`)
  const lines = db.all(db.kysely.selectFrom('payment_lines').selectAll().where('payment_id', '=', paymentId).orderBy('decision_number'))
  const receipt = db.first(db.kysely.selectFrom('receipts').select('number').where('payment_id', '=', paymentId))
  return {
    paymentId,
    receiptNumber: receipt?.number ?? null,
    channel: journal.channel,
    outcome,
    amountFen: journal.amount_fen,
    settledAt: settledAt.toISOString(),
    lines: lines.map((line) => ({
      violationId: line.violation_id,
      decisionNumber: line.decision_number,
      handling: line.handling === 1,
      fineFen: line.fine_fen,
      surchargeFen: line.surcharge_fen,
      totalFen: line.total_fen
    }))
  }
}

/** The outbox entry of a payment settled after the fact (start-up recovery, `payments.recover`). */
export function settlementEntry(db: AppDatabase, paymentId: string, outcome: SaleOutcome['outcome'], settledAt: Date): OutboxEntry {
  return { command: 'payments.settle', version: PAYMENT_COMMAND_VERSION, payload: paymentOutcomePayload(db, paymentId, outcome, settledAt), idempotencyKey: `settle:${paymentId}` }
}

function outcomeMessage(outcome: SaleOutcome): string {
  if (outcome.outcome === 'approved') return '缴款成功'
  if (outcome.outcome === 'declined') return `缴款未成功：${outcome.reason}。记录保持原状态，可重新缴款`
  return `缴款结果未知（${outcome.reason}）。系统将向支付终端查询结果，不会重复扣款；在此之前这些记录不能再次缴款`
}

/**
 * Write a payment's outcome. Runs inside a transaction; used right after the device answers
 * and by recovery after a crash, so both paths end the same way.
 */
export function settle(db: AppDatabase, paymentId: string, outcome: SaleOutcome, now: Date, deps: Pick<PaymentDeps, 'crashAt'>): IssuedReceipt | null {
  const at = now.toISOString()
  const journal = db.first(db.kysely.selectFrom('payment_journal').select('state').where('id', '=', paymentId))
  // Settling twice (a late device answer after recovery) changes nothing.
  if (!journal || (journal.state !== 'pending' && journal.state !== 'unknown')) return null
  if (outcome.outcome === 'unknown') {
    db.run(db.kysely.updateTable('payment_journal').set({ state: 'unknown', outcome_note: outcome.reason }).where('id', '=', paymentId).where('state', 'in', ['pending', 'unknown']))
    return null
  }
  const lines = db.all(db.kysely.selectFrom('payment_lines').selectAll().where('payment_id', '=', paymentId))
  if (outcome.outcome === 'declined') {
    db.run(db.kysely.updateTable('payment_journal').set({ state: 'declined', outcome_note: outcome.reason, resolved_at: at }).where('id', '=', paymentId))
    db.run(db.kysely.updateTable('payment_lines').set({ active: 0 }).where('payment_id', '=', paymentId))
    for (const line of lines) {
      db.run(
        db.kysely
          .updateTable('violations')
          .set(line.handling ? { state: 'unhandled', decision_number: null } : { state: line.previous_state as 'unpaid' })
          .where('id', '=', line.violation_id)
          .where('state', '=', 'paying')
      )
    }
    return null
  }
  const today = chinaDateOf(now)
  db.run(
    db.kysely
      .updateTable('payment_journal')
      .set({ state: 'approved', device_reference: outcome.deviceReference, card_masked: outcome.cardMasked || null, resolved_at: at })
      .where('id', '=', paymentId)
  )
  for (const line of lines) {
    db.run(
      db.kysely
        .updateTable('violations')
        .set(
          line.handling
            ? { state: 'paid', paid_at: at, decision_number: line.decision_number, decided_on: today, delivered_on: today }
            : { state: 'paid', paid_at: at }
        )
        .where('id', '=', line.violation_id)
    )
  }
  deps.crashAt('before_receipt')
  return issueReceipt(db, paymentId, now)
}

/**
 * Resolve every payment left `pending` or `unknown` (a crash, a timeout) by asking the
 * terminal about its reference. Approved there → settled as approved with its receipt; not
 * found or declined → released; still unreachable → left unknown. Never a second sale.
 */
export async function recoverPayments(
  db: AppDatabase,
  deps: PaymentDeps,
  now: () => Date,
  /** Runs inside each settling transaction: the outbox record and audit line of the outcome. */
  recorded: (paymentId: string, outcome: SaleOutcome['outcome']) => void
): Promise<{ paymentId: string; outcome: 'approved' | 'declined' | 'unknown' }[]> {
  const open = db.all(db.kysely.selectFrom('payment_journal').select(['id', 'channel']).where('state', 'in', ['pending', 'unknown']).orderBy('created_at'))
  const resolved: { paymentId: string; outcome: 'approved' | 'declined' | 'unknown' }[] = []
  for (const payment of open) {
    let outcome: SaleOutcome
    if (payment.channel === 'cash') {
      // Cash is counted by the clerk before the journal settles; an unsettled cash payment
      // means the drawer was not confirmed, so it is released and taken again if needed.
      outcome = { outcome: 'declined', reason: '现金缴款未完成确认' }
    } else {
      const answer = await deps.terminal.query(payment.id).catch((error: unknown) => ({ outcome: 'unknown' as const, reason: String(error) }))
      outcome = answer.outcome === 'not_found' ? { outcome: 'declined', reason: '支付终端无此交易，未扣款' } : answer
    }
    db.transaction(() => {
      settle(db, payment.id, outcome, now(), deps)
      recorded(payment.id, outcome.outcome)
    })
    resolved.push({ paymentId: payment.id, outcome: outcome.outcome })
  }
  return resolved
}
