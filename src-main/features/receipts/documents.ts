/** What the renderers print: assembled by the caller from the payment records, already masked. */

export type PaymentChannel = 'card' | 'cash'

export interface ReceiptLine {
  decisionNumber: string
  description: string
  plate: string | null
  fineFen: number
  /** 加处罚款: the late fee (行政处罚法 art.72). */
  surchargeFen: number
  totalFen: number
}

export interface ReceiptDocument {
  receiptNumber: string
  /** A reprint: marked 补打 / 副本 so it cannot pass for a second original. */
  copy: boolean
  /** ISO UTC; printed in China time. */
  issuedAt: string
  terminalName: string
  officeName: string
  /** Already masked by the caller; printed as given. */
  payerName: string
  channel: PaymentChannel
  cardReference: string | null
  lines: ReceiptLine[]
  totalFen: number
  qrPayload: string
}

export interface DayReportReceipt {
  number: string
  issuedAt: string
  channel: PaymentChannel
  amountFen: number
  copy: boolean
}

export type DifferenceKind = 'missing_in_terminal' | 'missing_locally' | 'amount_differs'

export interface DayReportDifference {
  reference: string
  kind: DifferenceKind
  localFen: number | null
  terminalFen: number | null
}

export interface DayReport {
  /** China date, YYYY-MM-DD. */
  date: string
  terminalName: string
  officeName: string
  clerkName: string
  /** ISO UTC. */
  generatedAt: string
  totals: { cardFen: number; cashFen: number; count: number }
  receipts: DayReportReceipt[]
  differences: DayReportDifference[]
}
