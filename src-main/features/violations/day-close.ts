import { ruleViolation } from '../../../src-shared/contract'
import { addDays, chinaDateOf, chinaInstant } from '../../../src-shared/domain/civil-date'
import { OFFICE_BY_CODE } from '../../../src-shared/domain/offices'
import type { AppDatabase } from '../../core/database'
import type { PaymentTerminal } from '../../ports/payment-terminal'
import { renderDayReportPdf } from '../receipts/render'

export interface DayDifference {
  reference: string
  kind: 'missing_in_terminal' | 'missing_locally' | 'amount_differs'
  localFen: number | null
  terminalFen: number | null
}

/**
 * The counter's takings for one China date: receipts by channel, and every card payment
 * compared with the card terminal's own settlement log, so a sale the application never
 * recorded (or recorded without the bank) is flagged before the money is handed over.
 */
export async function dayPreview(db: AppDatabase, terminalId: string, paymentTerminal: PaymentTerminal, date: string) {
  const from = chinaInstant(date, 0)
  const to = chinaInstant(addDays(date, 1), 0)
  const receipts = db.all(
    db.kysely
      .selectFrom('receipts')
      .select(['number', 'issued_at', 'amount_fen', 'channel', 'copies', 'payment_id'])
      .where('terminal_id', '=', terminalId)
      .where('issued_at', '>=', from)
      .where('issued_at', '<', to)
      .orderBy('number')
  )
  const totals = { cardFen: 0, cashFen: 0, count: receipts.length }
  for (const r of receipts) totals[r.channel === 'card' ? 'cardFen' : 'cashFen'] += r.amount_fen

  const local = new Map(
    db
      .all(db.kysely.selectFrom('payment_journal').select(['id', 'amount_fen']).where('terminal_id', '=', terminalId).where('channel', '=', 'card').where('state', '=', 'approved').where('created_at', '>=', from).where('created_at', '<', to))
      .map((p) => [p.id, p.amount_fen])
  )
  const device = new Map((await paymentTerminal.log(date)).filter((e) => e.kind === 'sale').map((e) => [e.reference, e.amountFen]))
  const differences: DayDifference[] = []
  for (const [reference, localFen] of local) {
    const terminalFen = device.get(reference)
    if (terminalFen === undefined) differences.push({ reference, kind: 'missing_in_terminal', localFen, terminalFen: null })
    else if (terminalFen !== localFen) differences.push({ reference, kind: 'amount_differs', localFen, terminalFen })
  }
  for (const [reference, terminalFen] of device) {
    if (!local.has(reference)) differences.push({ reference, kind: 'missing_locally', localFen: null, terminalFen })
  }
  const closed = db.first(db.kysely.selectFrom('day_closes').select('date').where('terminal_id', '=', terminalId).where('date', '=', date)) !== undefined
  return {
    date,
    closed,
    totals,
    receipts: receipts.map((r) => ({ number: r.number, issuedAt: r.issued_at, amountFen: r.amount_fen, channel: r.channel, copy: r.copies > 0, paymentId: r.payment_id })),
    differences
  }
}

export type DayPreview = Awaited<ReturnType<typeof dayPreview>>

export function recordDayClose(db: AppDatabase, terminalId: string, preview: DayPreview, closedBy: string | null, now: Date): void {
  if (preview.closed) throw ruleViolation('DAYCLOSE_ALREADY_CLOSED', `${preview.date} 已日结`)
  if (preview.date > chinaDateOf(now)) throw ruleViolation('DAYCLOSE_FUTURE', '不能为未来的日期日结')
  db.run(
    db.kysely.insertInto('day_closes').values({
      terminal_id: terminalId,
      date: preview.date,
      closed_at: now.toISOString(),
      closed_by: closedBy,
      card_fen: preview.totals.cardFen,
      cash_fen: preview.totals.cashFen,
      receipt_count: preview.totals.count,
      differences: preview.differences.length
    })
  )
}

export function dayReportPdf(db: AppDatabase, preview: DayPreview, clerkName: string, now: Date): Promise<Buffer> {
  const terminal = db.first(db.kysely.selectFrom('terminal').selectAll())!
  return renderDayReportPdf({
    date: preview.date,
    terminalName: terminal.name,
    officeName: OFFICE_BY_CODE.get(terminal.office_code)?.name ?? terminal.office_code,
    clerkName,
    generatedAt: now.toISOString(),
    totals: preview.totals,
    receipts: preview.receipts.map(({ number, issuedAt, channel, amountFen, copy }) => ({ number, issuedAt, channel, amountFen, copy })),
    differences: preview.differences
  })
}
