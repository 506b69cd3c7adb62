import { AppError } from '../../../src-shared/contract'
import { maskResidentId } from '../../../src-shared/domain/identifiers'
import { OFFICE_BY_CODE } from '../../../src-shared/domain/offices'
import type { AppDatabase } from '../../core/database'
import { generateSigningKeyPair, signReceipt, verifyReceipt } from '../receipts/signing'
import { renderReceiptPdf, type ReceiptLine } from '../receipts/render'
import { takeNumber } from './numbers'

export interface IssuedReceipt {
  number: string
  issuedAt: string
  amountFen: number
  channel: 'card' | 'cash'
  copy: boolean
}

/** The terminal's Ed25519 signing key, made on first use; its public half goes to the central service with enrolment. */
export function ensureSigningKey(db: AppDatabase, terminalId: string, label: string): void {
  if (db.first(db.kysely.selectFrom('terminal_keys').select('terminal_id').where('terminal_id', '=', terminalId))) return
  const pair = generateSigningKeyPair()
  db.run(db.kysely.insertInto('terminal_keys').values({ terminal_id: terminalId, label, public_key: pair.publicKeyPem, private_key: pair.privateKeyPem }))
}

function terminalRow(db: AppDatabase) {
  const terminal = db.first(db.kysely.selectFrom('terminal').selectAll())
  if (!terminal) throw new Error('terminal row missing')
  return terminal
}

/** Issue the receipt of an approved payment, inside the transaction that approves it. */
export function issueReceipt(db: AppDatabase, paymentId: string, now: Date): IssuedReceipt {
  const existing = db.first(db.kysely.selectFrom('receipts').select(['number', 'issued_at', 'amount_fen', 'channel']).where('payment_id', '=', paymentId))
  if (existing) return { number: existing.number, issuedAt: existing.issued_at, amountFen: existing.amount_fen, channel: existing.channel, copy: false }
  const payment = db.first(db.kysely.selectFrom('payment_journal').selectAll().where('id', '=', paymentId))
  if (!payment) throw new Error(`payment ${paymentId} missing`)
  const terminal = terminalRow(db)
  const key = db.first(db.kysely.selectFrom('terminal_keys').selectAll().where('terminal_id', '=', terminal.id))
  if (!key?.private_key) throw new Error('terminal signing key missing')
  const payer = payment.payer_citizen_id ? db.first(db.kysely.selectFrom('citizens').select(['name', 'id_number']).where('id', '=', payment.payer_citizen_id)) : undefined
  const lines: ReceiptLine[] = db
    .all(
      db.kysely
        .selectFrom('payment_lines')
        .innerJoin('violations', 'violations.id', 'payment_lines.violation_id')
        .select(['payment_lines.decision_number', 'violations.description', 'violations.plate', 'payment_lines.fine_fen', 'payment_lines.surcharge_fen', 'payment_lines.total_fen'])
        .where('payment_lines.payment_id', '=', paymentId)
        .orderBy('payment_lines.decision_number')
    )
    .map((l) => ({ decisionNumber: l.decision_number, description: l.description, plate: l.plate, fineFen: l.fine_fen, surchargeFen: l.surcharge_fen, totalFen: l.total_fen }))
  const number = takeNumber(db, 'receipt')
  const issuedAt = now.toISOString()
  const qrPayload = signReceipt({ number, decisionNumbers: lines.map((l) => l.decisionNumber), amountFen: payment.amount_fen, issuedAt, terminalId: terminal.id }, key.private_key)
  db.run(
    db.kysely.insertInto('receipts').values({
      number,
      payment_id: paymentId,
      terminal_id: terminal.id,
      issued_at: issuedAt,
      amount_fen: payment.amount_fen,
      channel: payment.channel,
      // Receipts never carry a full ID number (issue #3, privacy).
      payer_name: payer ? `${payer.name}（${maskResidentId(payer.id_number)}）` : '—',
      lines: JSON.stringify(lines),
      qr_payload: qrPayload
    })
  )
  return { number, issuedAt, amountFen: payment.amount_fen, channel: payment.channel, copy: false }
}

export interface ReceiptView {
  number: string
  issuedAt: string
  amountFen: number
  channel: 'card' | 'cash'
  copy: boolean
  terminalName: string
  officeName: string
  payerName: string
  lines: ReceiptLine[]
  qrPayload: string
  paymentId: string
  payerCitizenId: string | null
  cardReference: string | null
}

export function loadReceipt(db: AppDatabase, number: string): ReceiptView {
  const row = db.first(
    db.kysely
      .selectFrom('receipts')
      .innerJoin('payment_journal', 'payment_journal.id', 'receipts.payment_id')
      .select(['receipts.number', 'receipts.issued_at', 'receipts.amount_fen', 'receipts.channel', 'receipts.payer_name', 'receipts.lines', 'receipts.qr_payload', 'receipts.copies', 'receipts.payment_id', 'payment_journal.payer_citizen_id', 'payment_journal.device_reference'])
      .where('receipts.number', '=', number)
  )
  if (!row) throw new AppError('NOT_FOUND', `没有编号为 ${number} 的收据`)
  const terminal = terminalRow(db)
  return {
    number: row.number,
    issuedAt: row.issued_at,
    amountFen: row.amount_fen,
    channel: row.channel,
    copy: row.copies > 0,
    terminalName: terminal.name,
    officeName: OFFICE_BY_CODE.get(terminal.office_code)?.name ?? terminal.office_code,
    payerName: row.payer_name,
    lines: JSON.parse(row.lines) as ReceiptLine[],
    qrPayload: row.qr_payload,
    paymentId: row.payment_id,
    payerCitizenId: row.payer_citizen_id,
    cardReference: row.device_reference
  }
}

export function receiptPdf(view: ReceiptView, copy: boolean): Promise<Buffer> {
  return renderReceiptPdf({
    receiptNumber: view.number,
    copy,
    issuedAt: view.issuedAt,
    terminalName: view.terminalName,
    officeName: view.officeName,
    payerName: view.payerName,
    channel: view.channel,
    cardReference: view.cardReference,
    lines: view.lines,
    totalFen: view.amountFen,
    qrPayload: view.qrPayload
  })
}

/** Offline verification with the public keys this counter knows (its own and, after sync, the other terminals'). */
export function verifyReceiptPayload(db: AppDatabase, payload: string) {
  const result = verifyReceipt(payload, (terminalId) => db.first(db.kysely.selectFrom('terminal_keys').select('public_key').where('terminal_id', '=', terminalId))?.public_key)
  const knownLocally = result.claims ? db.first(db.kysely.selectFrom('receipts').select('number').where('number', '=', result.claims.number)) !== undefined : false
  return { ...result, knownLocally }
}
