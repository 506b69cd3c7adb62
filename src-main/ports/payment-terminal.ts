import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { chinaDateOf } from '../../src-shared/domain/civil-date'

export interface SaleRequest {
  /** Our payment id: the terminal's merchant order number, unique per sale. */
  reference: string
  amountFen: number
}

export type SaleOutcome =
  | { outcome: 'approved'; deviceReference: string; cardMasked: string }
  | { outcome: 'declined'; reason: string }
  /** Timeout, lost connection, device crash: the money may or may not have moved. */
  | { outcome: 'unknown'; reason: string }

export type QueryOutcome = SaleOutcome | { outcome: 'not_found' }

export interface TerminalLogEntry {
  reference: string
  deviceReference: string
  amountFen: number
  at: string
  kind: 'sale' | 'refund'
}

/**
 * The bank-card payment terminal (UnionPay POS). An `unknown` outcome is never retried as a
 * sale: the caller queries by reference, and a terminal answers a repeated reference with
 * the original result instead of charging twice.
 */
export interface PaymentTerminal {
  readonly kind: string
  sale(request: SaleRequest): Promise<SaleOutcome>
  query(reference: string): Promise<QueryOutcome>
  refund(reference: string, amountFen: number): Promise<{ ok: boolean; reason: string }>
  /** The terminal's own settlement log for a China date, for the counter's day close. */
  log(date: string): Promise<TerminalLogEntry[]>
}

export type SimulatedBehaviour = 'approve' | 'decline' | 'timeout' | 'die'

interface SimRecord {
  reference: string
  deviceReference: string
  amountFen: number
  at: string
  kind: 'sale' | 'refund'
  status: 'approved' | 'declined'
}

/**
 * A simulated UnionPay card terminal with its own journal file, so it survives the terminal
 * application crashing — as a real device does. The next sale can be told to:
 * - approve;
 * - decline (card refused; nothing charged);
 * - timeout: the device charges the card but its answer never arrives (outcome unknown);
 * - die: the device fails mid-sale before charging (outcome unknown; nothing charged).
 */
export class SimulatedUnionPayTerminal implements PaymentTerminal {
  readonly kind = 'simulated-unionpay'
  private next: SimulatedBehaviour = 'approve'

  constructor(
    private readonly journalFile: string,
    private readonly now: () => Date = () => new Date(),
    /** Called after the device recorded a charge and before it answers: the crash tests stop the process here. */
    private readonly afterCharge: () => void = () => {}
  ) {
    mkdirSync(dirname(journalFile), { recursive: true })
    if (!existsSync(journalFile)) writeFileSync(journalFile, '')
  }

  setNext(behaviour: SimulatedBehaviour): void {
    this.next = behaviour
  }

  get nextBehaviour(): SimulatedBehaviour {
    return this.next
  }

  private records(): SimRecord[] {
    return readFileSync(this.journalFile, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as SimRecord)
  }

  private write(record: SimRecord): void {
    appendFileSync(this.journalFile, `${JSON.stringify(record)}\n`)
  }

  async sale(request: SaleRequest): Promise<SaleOutcome> {
    const existing = this.records().find((r) => r.reference === request.reference && r.kind === 'sale')
    if (existing?.status === 'approved') return { outcome: 'approved', deviceReference: existing.deviceReference, cardMasked: '6222 **** **** 0001' }
    const behaviour = this.next
    this.next = 'approve'
    const at = this.now().toISOString()
    const deviceReference = `UP${at.replace(/\D/g, '').slice(0, 14)}${String(this.records().length + 1).padStart(4, '0')}`
    if (behaviour === 'decline') {
      this.write({ reference: request.reference, deviceReference, amountFen: request.amountFen, at, kind: 'sale', status: 'declined' })
      return { outcome: 'declined', reason: '发卡行拒绝交易（余额不足）' }
    }
    if (behaviour === 'die') return { outcome: 'unknown', reason: '支付终端无响应' }
    this.write({ reference: request.reference, deviceReference, amountFen: request.amountFen, at, kind: 'sale', status: 'approved' })
    this.afterCharge()
    if (behaviour === 'timeout') return { outcome: 'unknown', reason: '支付终端应答超时' }
    return { outcome: 'approved', deviceReference, cardMasked: '6222 **** **** 0001' }
  }

  async query(reference: string): Promise<QueryOutcome> {
    const record = this.records().find((r) => r.reference === reference && r.kind === 'sale')
    if (!record) return { outcome: 'not_found' }
    return record.status === 'approved'
      ? { outcome: 'approved', deviceReference: record.deviceReference, cardMasked: '6222 **** **** 0001' }
      : { outcome: 'declined', reason: '发卡行拒绝交易' }
  }

  async refund(reference: string, amountFen: number): Promise<{ ok: boolean; reason: string }> {
    const sale = this.records().find((r) => r.reference === reference && r.kind === 'sale' && r.status === 'approved')
    if (!sale) return { ok: false, reason: '原交易不存在' }
    this.write({ reference, deviceReference: `${sale.deviceReference}R`, amountFen, at: this.now().toISOString(), kind: 'refund', status: 'approved' })
    return { ok: true, reason: '退款成功' }
  }

  async log(date: string): Promise<TerminalLogEntry[]> {
    // Settlement days follow China time, like everything legal in the app.
    return this.records()
      .filter((r) => r.status === 'approved' && chinaDateOf(new Date(r.at)) === date)
      .map(({ reference, deviceReference, amountFen, at, kind }) => ({ reference, deviceReference, amountFen, at, kind }))
  }
}
