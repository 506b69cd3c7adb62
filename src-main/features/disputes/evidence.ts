import type { DisputeEvidenceCheck } from '../../../src-shared/contract/disputes'
import type { AppDatabase } from '../../core/database'
import { verifyReceiptPayload } from '../violations/receipts'

const RECEIPT_NUMBER = /^JF\d{6,}$/
const QR_PAYLOAD = /^JG1\./

/**
 * What a payment dispute's evidence proves here, offline. Only two things count as proof: a
 * receipt this terminal holds (its own records), or a receipt QR payload whose signature a
 * known terminal key verifies — and either must name the record's decision number, or it
 * proves a payment of something else. A bank reference or free text is shown to the clerk but
 * proves nothing the terminal can check (the clerk rejects it, or the person brings the receipt).
 */
export function checkPaymentEvidence(db: AppDatabase, evidence: string | null, decisionNumber: string | null): DisputeEvidenceCheck {
  const text = evidence?.trim() ?? ''
  const none: DisputeEvidenceCheck = { verdict: 'none', receiptNumber: null, covers: false, paidAt: null, proves: false }
  if (QR_PAYLOAD.test(text)) {
    const result = verifyReceiptPayload(db, text)
    const claims = result.claims
    const covers = claims !== null && decisionNumber !== null && claims.decisionNumbers.includes(decisionNumber)
    return {
      verdict: result.verdict,
      receiptNumber: claims?.number ?? null,
      covers,
      paidAt: claims?.issuedAt ?? null,
      proves: result.verdict === 'genuine' && covers
    }
  }
  if (RECEIPT_NUMBER.test(text)) {
    const receipt = db.first(db.kysely.selectFrom('receipts').select(['number', 'issued_at', 'lines']).where('number', '=', text))
    if (!receipt) return { ...none, receiptNumber: text }
    const lines = JSON.parse(receipt.lines) as { decisionNumber: string }[]
    const covers = decisionNumber !== null && lines.some((line) => line.decisionNumber === decisionNumber)
    return { verdict: 'receipt_known', receiptNumber: receipt.number, covers, paidAt: receipt.issued_at, proves: covers }
  }
  return none
}
