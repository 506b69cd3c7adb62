import { afterEach, describe, expect, it } from 'vitest'
import { chinaDateOf } from '../src-shared/domain/civil-date'
import { lateFee } from '../src-shared/domain/late-fee'
import type { RowObject } from '../src-shared/sync/entities'
import type { DisputeDecidedPayload, DisputeRaisedPayload } from '../src-shared/sync/commands'
import { busiestUnpaidOffice, enrolTestTerminal, pushCommand, readRecords, startCentral, testDatabases, type StartedCentral } from './testing'

let disputeSeq = 0

function raised(violation: RowObject, kind: 'record' | 'payment_not_cleared' = 'record'): DisputeRaisedPayload {
  const id = `dispute-${++disputeSeq}`
  return {
    dispute: {
      id,
      violation_id: String(violation.id),
      record_number: String(violation.record_number),
      description: String(violation.description),
      kind,
      reason: '号牌被套用，违法时本车不在现场',
      evidence: null,
      raised_by_role: 'citizen',
      raised_by_account: 'acc-1',
      raised_for_citizen: 'cit-1',
      raised_at: new Date().toISOString(),
      raised_terminal: 'term-1',
      office_code: String(violation.office_code),
      due_on: '2025-12-02'
    }
  }
}

function decided(payload: DisputeRaisedPayload, outcome: 'upheld' | 'rejected', proof: DisputeDecidedPayload['proof'] = null): DisputeDecidedPayload {
  const { dispute } = payload
  return { disputeId: dispute.id, violationId: dispute.violation_id, kind: dispute.kind, outcome, note: '经核查属实', officeCode: dispute.office_code, decidedAt: new Date().toISOString(), decidedBy: 'clerk-1', proof }
}

describe.each(testDatabases())('dispute executors ($name)', (database) => {
  let central: StartedCentral | undefined
  afterEach(async () => {
    await central?.close()
    central = undefined
  })

  async function setup() {
    const c = (central = await startCentral({ databaseUrl: database.databaseUrl(), demoViolations: 300 }))
    const violations = await readRecords(c, 'violations')
    const { officeCode, unpaid: rows } = await busiestUnpaidOffice(c)
    const paid = violations.find((row) => row.office_code === officeCode && row.paid_at !== null)
    const here = await enrolTestTerminal(c, { officeCode, name: '窗口1' })
    const elsewhere = await enrolTestTerminal(c, { officeCode: officeCode === '370200' ? '370300' : '370200', name: '外地窗口' })
    return { c, here, elsewhere, unpaid: rows, paid, officeCode }
  }
  const current = async (c: StartedCentral, id: string) => (await readRecords(c, 'violations')).find((row) => row.id === id)

  it.skipIf(database.skip)('flags a disputed record, and deletes it when upheld, publishing a null-row change in its partition', async () => {
    const { c, here, elsewhere, unpaid, officeCode } = await setup()
    const target = unpaid[0] as RowObject
    const payload = raised(target)
    // Raised at another office's terminal: it is forwarded (stored) all the same.
    expect(await pushCommand(elsewhere, 'disputes.raise', payload)).toMatchObject({ status: 'applied' })
    expect(await current(c, String(target.id))).toMatchObject({ disputed: 1 })
    // Deciding there is refused: only the office where the violation happened decides.
    expect(await pushCommand(elsewhere, 'disputes.decide', decided(payload, 'upheld'))).toMatchObject({ status: 'rejected', code: 'DISPUTE_OFFICE_MISMATCH' })
    expect(await current(c, String(target.id))).toBeDefined()
    expect(await pushCommand(here, 'disputes.decide', decided(payload, 'upheld'))).toMatchObject({ status: 'applied' })
    expect(await current(c, String(target.id))).toBeUndefined()
    // The dispute, with its decision, is a record of the violation's office: its counters see it.
    expect((await readRecords(c, 'disputes', officeCode)).find((row) => row.id === payload.dispute.id)).toMatchObject({ state: 'upheld', decided_by: 'clerk-1', decision_note: '经核查属实' })
    const pulled = await here.request<{ changes: { key: string; row: unknown[] | null }[] }>('GET', `/v1/sync/pull?partition=${officeCode}&after=0&limit=5000`)
    expect(pulled.body.changes.filter((change) => change.key === target.id).at(-1)).toMatchObject({ row: null })
  })

  it.skipIf(database.skip)('clears the flag when rejected', async () => {
    const { c, here, unpaid } = await setup()
    const target = unpaid[1] as RowObject
    const payload = raised(target)
    await pushCommand(here, 'disputes.raise', payload)
    expect(await pushCommand(here, 'disputes.decide', decided(payload, 'rejected'))).toMatchObject({ status: 'applied' })
    expect(await current(c, String(target.id))).toMatchObject({ disputed: 0, state: 'unpaid' })
  })

  it.skipIf(database.skip)('confirms a payment that was not cleared, at the receipt time', async () => {
    const { c, here, unpaid } = await setup()
    const target = unpaid[2] as RowObject
    const payload = raised(target, 'payment_not_cleared')
    await pushCommand(here, 'disputes.raise', payload)
    const paidAt = '2025-11-20T03:04:05.000Z'
    expect(await pushCommand(here, 'disputes.decide', decided(payload, 'upheld', { receiptNumber: 'JF3702001000000042', paidAt }))).toMatchObject({ status: 'applied' })
    expect(await current(c, String(target.id))).toMatchObject({ state: 'confirmed', paid_at: paidAt, disputed: 0 })
  })

  it.skipIf(database.skip)('refuses a record dispute on a record already paid centrally, and a record it does not know', async () => {
    const { c, here, paid } = await setup()
    if (!paid) throw new Error('demo data without a paid record')
    expect(await pushCommand(here, 'disputes.raise', raised(paid))).toMatchObject({ status: 'rejected', code: 'DISPUTE_RECORD_ALREADY_PAID', followUp: { kind: 'review' } })
    expect(await current(c, String(paid.id))).toMatchObject({ disputed: 0 })
    expect(await pushCommand(here, 'disputes.raise', raised({ ...paid, id: 'no-such-record' }))).toMatchObject({ status: 'rejected', code: 'DISPUTE_UNKNOWN_RECORD' })
  })

  it.skipIf(database.skip)('refuses to delete a record with a central payment', async () => {
    const { c, here, unpaid } = await setup()
    const target = unpaid[0] as RowObject
    const payload = raised(target)
    await pushCommand(here, 'disputes.raise', payload)
    await c.db.db
      .insertInto('payments')
      .values({ violation_id: String(target.id), payment_id: 'pay-x', terminal_id: here.enrolment.terminalId, decision_number: String(target.decision_number), total_fen: 1, paid_at: new Date().toISOString() })
      .execute()
    expect(await pushCommand(here, 'disputes.decide', decided(payload, 'upheld'))).toMatchObject({ status: 'rejected', code: 'DISPUTE_RECORD_HAS_PAYMENTS' })
    expect(await current(c, String(target.id))).toBeDefined()
  })

  it.skipIf(database.skip)('keeps one open dispute per record: a rival raised elsewhere is stored as rejected, with the reason', async () => {
    const { c, here, elsewhere, unpaid, officeCode } = await setup()
    const target = unpaid[1] as RowObject
    const first = raised(target)
    const rival = raised(target)
    expect(await pushCommand(here, 'disputes.raise', first)).toMatchObject({ status: 'applied' })
    expect(await pushCommand(elsewhere, 'disputes.raise', rival)).toMatchObject({ status: 'rejected', code: 'DISPUTE_ALREADY_OPEN' })
    const disputes = await readRecords(c, 'disputes', officeCode)
    expect(disputes.find((row) => row.id === first.dispute.id)).toMatchObject({ state: 'open' })
    expect(disputes.find((row) => row.id === rival.dispute.id)).toMatchObject({ state: 'rejected' })
  })

  it.skipIf(database.skip)('recognises the payment a receipt proved when its own command arrives later: no refund case', async () => {
    const { c, here, elsewhere, unpaid } = await setup()
    const target = unpaid[2] as RowObject
    const payload = raised(target, 'payment_not_cleared')
    await pushCommand(here, 'disputes.raise', payload)
    const settledAt = new Date().toISOString()
    expect(await pushCommand(here, 'disputes.decide', decided(payload, 'upheld', { receiptNumber: 'JF370200100000007', paidAt: settledAt }))).toMatchObject({ status: 'applied' })
    const fee = lateFee(Number(target.fine_fen), String(target.delivered_on), chinaDateOf(new Date(settledAt)))
    const line = { violationId: String(target.id), decisionNumber: String(target.decision_number), handling: false, fineFen: fee.fineFen, surchargeFen: fee.surchargeFen, totalFen: fee.totalFen }
    const late = { paymentId: 'pay-offline', channel: 'card', outcome: 'approved', amountFen: fee.totalFen, settledAt, lines: [line], receiptNumber: 'JF370200100000007' }
    expect(await pushCommand(elsewhere, 'payments.pay', late, { version: 2 })).toMatchObject({ status: 'applied' })
    expect(await c.db.db.selectFrom('payments').select(['payment_id', 'total_fen']).where('violation_id', '=', String(target.id)).execute()).toEqual([{ payment_id: 'pay-offline', total_fen: fee.totalFen }])
    // Another receipt for the same decision is a real duplicate.
    expect(await pushCommand(elsewhere, 'payments.pay', { ...late, paymentId: 'pay-other', receiptNumber: 'JF370200100000008' }, { version: 2 })).toMatchObject({ status: 'rejected', code: 'PAYMENT_DUPLICATE' })
  })
})
