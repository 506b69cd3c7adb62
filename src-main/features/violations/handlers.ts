import { ruleViolation } from '../../../src-shared/contract'
import type { violationsContract } from '../../../src-shared/contract/violations'
import { chinaDateOf } from '../../../src-shared/domain/civil-date'
import type { Handlers } from '../../core/dispatcher'
import type { PaymentTerminal, SimulatedUnionPayTerminal } from '../../ports/payment-terminal'
import { paymentScope, scopeViolations } from './scope'
import { listItems, priceSelection } from './pricing'
import { pay, recoverPayments, settlementEntry, type CrashPoint } from './payment'
import { loadReceipt, receiptPdf, verifyReceiptPayload } from './receipts'
import { dayPreview, dayReportPdf, recordDayClose } from './day-close'
import { appendOutbox } from '../../core/outbox'
import type { ReceiptPrinter } from '../../ports/receipt-printer'
import type { AppDatabase } from '../../core/database'

export interface ViolationDeps {
  paymentTerminal: PaymentTerminal
  /** Present on demo terminals: the simulated card terminal the demo panel and tests drive. */
  simulator: SimulatedUnionPayTerminal | null
  isDemo: () => boolean
  crashAt: (point: CrashPoint) => void
  printer: ReceiptPrinter
  log: (line: string) => void
}

const OUTSTANDING = ['unhandled', 'unpaid', 'paying'] as const

export function violationHandlers(deps: ViolationDeps): Handlers<typeof violationsContract> {
  const paymentDeps = { terminal: deps.paymentTerminal, crashAt: deps.crashAt }
  /**
   * Printing happens after the payment committed and never undoes it: a jammed printer leaves
   * a paid record with its receipt on file, which the counter can reprint.
   */
  const printReceipt = async (db: AppDatabase, number: string, copy: boolean): Promise<void> => {
    try {
      const result = await deps.printer.print({ receiptNumber: number, copy, pdf: await receiptPdf(loadReceipt(db, number), copy) })
      deps.log(`[receipt] ${number}: ${result.detail} (${result.pdfPath})`)
    } catch (error) {
      deps.log(`[receipt] ${number}: printing failed: ${String(error)}`)
    }
  }
  return {
    'violations.list': (input, ctx) => {
      const scope = paymentScope(ctx)
      const rows = scopeViolations(ctx.db, scope, input.filter === 'outstanding' ? OUTSTANDING : null)
      const items = listItems(ctx.db, scope, rows, chinaDateOf(ctx.now))
      const unpaid = items.filter((i) => i.state !== 'paid' && i.state !== 'confirmed')
      const surchargeFen = unpaid.reduce((sum, i) => sum + (i.lateFee?.surchargeFen ?? 0), 0)
      const fineFen = unpaid.reduce((sum, i) => sum + i.fineFen, 0)
      return { items, totals: { count: unpaid.length, fineFen, surchargeFen, totalFen: fineFen + surchargeFen } }
    },
    'violations.quote': (input, ctx) => {
      const scope = paymentScope(ctx)
      const selection = priceSelection(ctx.db, scope, input.violationIds, chinaDateOf(ctx.now))
      return {
        lines: selection.lines.map((l) => ({
          violationId: l.row.id,
          decisionNumber: l.row.decision_number,
          description: l.row.description,
          fineFen: l.fineFen,
          surchargeFen: l.surchargeFen,
          totalFen: l.totalFen,
          points: l.row.points,
          handling: l.handling
        })),
        totalFen: selection.totalFen,
        pointsAfter: selection.pointsAfter
      }
    },
    'payments.pay': {
      async: true,
      run: async (input, ctx) => {
        const result = await pay(input, ctx, paymentDeps)
        if (result.receipt) await printReceipt(ctx.db, result.receipt.number, false)
        return result
      }
    },
    'payments.recover': {
      async: true,
      run: async (_input, ctx) => {
        const resolved = await recoverPayments(ctx.db, paymentDeps, () => ctx.now, (paymentId, outcome) => {
          ctx.audit('payments.recover', paymentId, { outcome })
          if (outcome !== 'unknown') appendOutbox(ctx.db, ctx.terminal, ctx.session, settlementEntry(ctx.db, paymentId, outcome, ctx.now), ctx.now)
        })
        return { resolved }
      }
    },
    'payments.simulate': (input) => {
      if (!deps.simulator || !deps.isDemo()) throw ruleViolation('DEMO_ONLY', '只有演示终端可以使用模拟支付终端')
      deps.simulator.setNext(input.next)
      return { next: input.next }
    },
    'receipts.get': {
      async: true,
      run: async (input, ctx) => {
        const view = loadReceipt(ctx.db, input.number)
        // A citizen may fetch only their own receipts; a clerk any receipt of this terminal.
        if (ctx.session.role !== 'clerk' && view.payerCitizenId !== ctx.session.citizenId) throw ruleViolation('RECEIPT_NOT_YOURS', '只能查看本人的收据')
        const pdf = await receiptPdf(view, input.copy || view.copy)
        const { paymentId: _p, payerCitizenId: _c, cardReference: _r, ...receipt } = view
        return { receipt: { ...receipt, copy: input.copy || view.copy }, pdfBase64: pdf.toString('base64') }
      }
    },
    'receipts.reprint': {
      async: true,
      run: async (input, ctx) => {
        const copies = ctx.commit(() => {
          loadReceipt(ctx.db, input.number)
          ctx.db.run(ctx.db.kysely.updateTable('receipts').set((eb) => ({ copies: eb('copies', '+', 1) })).where('number', '=', input.number))
          const row = ctx.db.first(ctx.db.kysely.selectFrom('receipts').select('copies').where('number', '=', input.number))!
          ctx.record({ subject: input.number, payload: { number: input.number, copies: row.copies } })
          return row.copies
        })
        await printReceipt(ctx.db, input.number, true)
        return { number: input.number, copies }
      }
    },
    'receipts.verify': (input, ctx) => {
      const result = verifyReceiptPayload(ctx.db, input.payload)
      ctx.audit('receipts.verify', result.claims?.number ?? null, { verdict: result.verdict })
      return { verdict: result.verdict, reason: result.reason, receipt: result.claims, knownLocally: result.knownLocally }
    },
    'dayclose.preview': {
      async: true,
      run: (input, ctx) => dayPreview(ctx.db, ctx.terminal.id, deps.paymentTerminal, input.date ?? chinaDateOf(ctx.now))
    },
    'dayclose.close': {
      async: true,
      run: async (input, ctx) => {
        const preview = await dayPreview(ctx.db, ctx.terminal.id, deps.paymentTerminal, input.date ?? chinaDateOf(ctx.now))
        ctx.commit(() => {
          recordDayClose(ctx.db, ctx.terminal.id, preview, ctx.session.userId, ctx.now)
          ctx.record({ subject: preview.date, payload: { date: preview.date, totals: preview.totals, differences: preview.differences.length } })
        })
        const pdf = await dayReportPdf(ctx.db, preview, ctx.session.displayName ?? '', ctx.now)
        // The report goes to the receipt printer (and its PDF copy), like a receipt.
        const printed = await deps.printer.print({ receiptNumber: `day-close-${preview.date}`, copy: false, pdf }).catch((error: unknown) => ({ detail: String(error), pdfPath: '' }))
        deps.log(`[day-close] ${preview.date}: ${printed.detail} ${printed.pdfPath}`)
        return { date: preview.date, pdfBase64: pdf.toString('base64'), differences: preview.differences.length }
      }
    }
  }
}
