import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/app'
import { preparePayer } from './support/payer'
import { DEMO_STAFF_PASSWORD } from '../src-main/features/identity/demo-staff'

const NOW = new Date('2026-11-25T02:00:00Z')

describe('violations: handling, payment and receipts', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({}, () => NOW)
  })
  afterAll(() => t.close())

  const rule = (r: Awaited<ReturnType<TestApp['call']>>) => r.error?.details?.rule
  const state = (id: string) => (t.app.db.raw.prepare('SELECT state, decision_number, delivered_on FROM violations WHERE id = ?').get(id) as { state: string; decision_number: string | null; delivered_on: string | null })

  it('lists the records of the bound licence and vehicle with the late fee of today', async () => {
    const payer = await preparePayer(t)
    const list = (await t.call(payer.session, 'violations.list', {})).value as { items: { id: string; lateFee: { surchargeFen: number; overdueDays: number } | null; payable: { ok: boolean } }[] }
    const decided = list.items.find((i) => i.id === payer.decided)!
    expect(decided.lateFee).toMatchObject({ dueOn: '2026-11-20', overdueDays: 5, surchargeFen: 3000, totalFen: 23000 })
    expect(list.items.find((i) => i.id === payer.camera[0])!.payable.ok).toBe(true)
  })

  it('quotes fine, surcharge and total before paying, counting points together', async () => {
    const payer = await preparePayer(t, 1)
    const quote = await t.call(payer.session, 'violations.quote', { violationIds: [...payer.camera, payer.decided] })
    expect(quote).toMatchObject({ ok: true, value: { totalFen: 20000 + 10000 + 23000, pointsAfter: 3 + 3 + 1 } })
  })

  it('handles two camera records and pays them with a decided one in one card sale, one receipt line each', async () => {
    const payer = await preparePayer(t, 2)
    const ids = [...payer.camera, payer.decided]
    const result = await t.call(payer.session, 'payments.pay', { violationIds: ids, channel: 'card', expectedTotalFen: 53000 })
    expect(result).toMatchObject({ ok: true, value: { outcome: 'approved', receipt: { amountFen: 53000, channel: 'card' } } })
    for (const id of payer.camera) expect(state(id)).toMatchObject({ state: 'paid', delivered_on: '2026-11-25', decision_number: expect.stringMatching(/^\d{16}$/) })
    expect(state(payer.decided).state).toBe('paid')
    const number = (result.value as { receipt: { number: string } }).receipt.number
    const receipt = (await t.call(payer.session, 'receipts.get', { number })).value as { receipt: { lines: unknown[]; qrPayload: string }; pdfBase64: string }
    expect(receipt.receipt.lines).toHaveLength(3)
    expect(Buffer.from(receipt.pdfBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    // Paying the same decisions again is refused by name.
    expect(rule(await t.call(payer.session, 'payments.pay', { violationIds: ids, channel: 'card', expectedTotalFen: 53000 }))).toBe('PAY_ALREADY_PAID')
  })

  it('leaves everything as it was when the card is declined', async () => {
    const payer = await preparePayer(t, 3)
    t.app.paymentTerminal.setNext('decline')
    const result = await t.call(payer.session, 'payments.pay', { violationIds: payer.camera, channel: 'card', expectedTotalFen: 30000 })
    expect(result).toMatchObject({ ok: true, value: { outcome: 'declined', receipt: null } })
    for (const id of payer.camera) expect(state(id)).toEqual({ state: 'unhandled', decision_number: null, delivered_on: null })
    // and a second attempt can pay them
    expect(await t.call(payer.session, 'payments.pay', { violationIds: payer.camera, channel: 'card', expectedTotalFen: 30000 })).toMatchObject({ ok: true, value: { outcome: 'approved' } })
  })

  it('on a timeout holds the records as paying, never charges twice, and recovery issues the receipt', async () => {
    const payer = await preparePayer(t, 4)
    t.app.paymentTerminal.setNext('timeout')
    const result = await t.call(payer.session, 'payments.pay', { violationIds: payer.camera, channel: 'card', expectedTotalFen: 30000 })
    expect(result).toMatchObject({ ok: true, value: { outcome: 'unknown', receipt: null } })
    for (const id of payer.camera) expect(state(id).state).toBe('paying')
    expect(rule(await t.call(payer.session, 'payments.pay', { violationIds: payer.camera, channel: 'card', expectedTotalFen: 30000 }))).toBe('PAY_IN_PROGRESS')
    const clerk = t.app.sessions.create()
    await t.call(clerk, 'auth.signIn', { kind: 'staff', username: 'clerk', password: DEMO_STAFF_PASSWORD })
    const recovered = await t.call(clerk, 'payments.recover', {})
    expect(recovered).toMatchObject({ ok: true, value: { resolved: [{ outcome: 'approved' }] } })
    for (const id of payer.camera) expect(state(id).state).toBe('paid')
    const paymentId = (result.value as { paymentId: string }).paymentId
    expect(t.app.db.raw.prepare('SELECT count(*) AS n FROM receipts WHERE payment_id = ?').get(paymentId)).toEqual({ n: 1 })
  })

  it('when the device dies before charging, recovery releases the records', async () => {
    const payer = await preparePayer(t, 5)
    t.app.paymentTerminal.setNext('die')
    await t.call(payer.session, 'payments.pay', { violationIds: [payer.camera[1]], channel: 'card', expectedTotalFen: 10000 })
    expect(state(payer.camera[1]).state).toBe('paying')
    const clerk = t.app.sessions.create()
    await t.call(clerk, 'auth.signIn', { kind: 'staff', username: 'clerk', password: DEMO_STAFF_PASSWORD })
    expect(await t.call(clerk, 'payments.recover', {})).toMatchObject({ ok: true, value: { resolved: [{ outcome: 'declined' }] } })
    expect(state(payer.camera[1])).toEqual({ state: 'unhandled', decision_number: null, delivered_on: null })
  })

  it('refuses a total that changed since the quote, cash at a kiosk role, and records of someone else', async () => {
    const payer = await preparePayer(t, 6)
    expect(rule(await t.call(payer.session, 'payments.pay', { violationIds: payer.camera, channel: 'card', expectedTotalFen: 1 }))).toBe('PAY_AMOUNT_CHANGED')
    expect(rule(await t.call(payer.session, 'payments.pay', { violationIds: payer.camera, channel: 'cash', expectedTotalFen: 30000 }))).toBe('PAY_CASH_COUNTER_ONLY')
    const other = await preparePayer(t, 7)
    expect((await t.call(payer.session, 'payments.pay', { violationIds: other.camera, channel: 'card', expectedTotalFen: 30000 })).error?.code).toBe('NOT_FOUND')
  })

  it('refuses camera handling that would reach 12 points, naming the rule', async () => {
    const payer = await preparePayer(t, 8)
    t.app.db.raw.prepare('UPDATE violations SET points = 6 WHERE id IN (?, ?)').run(...payer.camera)
    // 6 + 6 handled together reach 12 whatever else is in the cycle; one of them alone does not.
    const refused = await t.call(payer.session, 'violations.quote', { violationIds: payer.camera })
    const details = refused.error?.details as { rule: string; pointsInCycle: number; selectedPoints: number; pointsAfter: number }
    expect(details).toMatchObject({ rule: 'EMON_POINTS_WOULD_REACH_12', selectedPoints: 12 })
    expect(details.pointsAfter).toBe(details.pointsInCycle + 12)
    expect(await t.call(payer.session, 'violations.quote', { violationIds: [payer.camera[0]] })).toMatchObject({ ok: true, value: { pointsAfter: details.pointsInCycle + 6 } })
  })

  it('lets a clerk take cash, reprint as a copy, verify receipts and close the day', async () => {
    const payer = await preparePayer(t, 9)
    const clerk = t.app.sessions.create()
    await t.call(clerk, 'auth.signIn', { kind: 'staff', username: 'clerk', password: DEMO_STAFF_PASSWORD })
    await t.call(clerk, 'counter.serve', { citizenId: payer.person.citizenId, verification: 'inspected_card' })
    const paid = await t.call(clerk, 'payments.pay', { violationIds: [payer.decided], channel: 'cash', expectedTotalFen: 23000 })
    expect(paid).toMatchObject({ ok: true, value: { outcome: 'approved', receipt: { channel: 'cash' } } })
    const number = (paid.value as { receipt: { number: string } }).receipt.number
    expect(await t.call(clerk, 'receipts.reprint', { number })).toMatchObject({ ok: true, value: { copies: 1 } })
    const got = (await t.call(clerk, 'receipts.get', { number })).value as { receipt: { copy: boolean; qrPayload: string } }
    expect(got.receipt.copy).toBe(true)
    expect(await t.call(clerk, 'receipts.verify', { payload: got.receipt.qrPayload })).toMatchObject({ ok: true, value: { verdict: 'genuine', knownLocally: true } })
    const edited = got.receipt.qrPayload.replace(/\.([^.]+)\./, (_m, body: string) => `.${Buffer.from(Buffer.from(body, 'base64url').toString().replace('23000', '2300')).toString('base64url')}.`)
    expect((await t.call(clerk, 'receipts.verify', { payload: edited })).value).toMatchObject({ verdict: 'forged' })
    const preview = (await t.call(clerk, 'dayclose.preview', {})).value as { totals: { cashFen: number; cardFen: number; count: number }; differences: unknown[] }
    expect(preview.totals.cashFen).toBe(23000)
    expect(preview.totals.cardFen).toBeGreaterThan(0)
    expect(preview.differences).toEqual([])
    const closed = await t.call(clerk, 'dayclose.close', {})
    expect(closed).toMatchObject({ ok: true, value: { differences: 0 } })
    expect(rule(await t.call(clerk, 'dayclose.close', {}))).toBe('DAYCLOSE_ALREADY_CLOSED')
  })
})
