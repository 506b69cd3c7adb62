import { afterEach, describe, expect, it } from 'vitest'
import { chinaDateOf } from '../src-shared/domain/civil-date'
import { lateFee } from '../src-shared/domain/late-fee'
import type { RowObject } from '../src-shared/sync/entities'
import type { PaymentLinePayload, PaymentOutcomePayload } from '../src-shared/sync/commands'
import type { PushedCommand } from '../src-shared/sync/protocol'
import type { CentralTrx } from './store'
import { applyPushedCommand, isTransient } from './sync-routes'
import { busiestUnpaidOffice, enrolTestTerminal, pushCommand, readRecords, startCentral, testDatabases, type StartedCentral } from './testing'

/** A line priced the way the terminal prices it: on the China date of the settlement. */
function line(violation: RowObject, settledAt: string, overrides: Partial<PaymentLinePayload> = {}): PaymentLinePayload {
  const fee = lateFee(Number(violation.fine_fen), String(violation.delivered_on), chinaDateOf(new Date(settledAt)))
  return { violationId: String(violation.id), decisionNumber: String(violation.decision_number), handling: false, fineFen: fee.fineFen, surchargeFen: fee.surchargeFen, totalFen: fee.totalFen, ...overrides }
}

function payment(paymentId: string, lines: PaymentLinePayload[], settledAt: string): PaymentOutcomePayload {
  return { paymentId, channel: 'card', outcome: 'approved', amountFen: lines.reduce((sum, item) => sum + item.totalFen, 0), settledAt, lines }
}

async function violation(central: StartedCentral, id: string): Promise<RowObject> {
  const found = (await readRecords(central, 'violations')).find((row) => row.id === id)
  if (!found) throw new Error(`violation ${id} missing`)
  return found
}

describe.each(testDatabases())('push executors ($name)', (database) => {
  let central: StartedCentral | undefined
  afterEach(async () => {
    await central?.close()
    central = undefined
  })

  /** A demo central with two counters of the office that has the most unpaid decisions. */
  async function setup() {
    const c = (central = await startCentral({ databaseUrl: database.databaseUrl(), demoViolations: 400 }))
    const violations = await readRecords(c, 'violations')
    const { officeCode, unpaid: rows } = await busiestUnpaidOffice(c)
    const camera = violations.find((row) => row.state === 'unhandled' && row.kind === 'camera')
    const a = await enrolTestTerminal(c, { officeCode, name: '窗口1' })
    const b = await enrolTestTerminal(c, { officeCode, name: '窗口2' })
    return { c, a, b, unpaid: rows, camera, officeCode }
  }

  it.skipIf(database.skip)('confirms a paid decision and publishes the change', async () => {
    const { c, a, unpaid, officeCode } = await setup()
    const target = unpaid[0] as RowObject
    const settledAt = new Date().toISOString()
    const result = await pushCommand(a, 'payments.pay', payment('pay-1', [line(target, settledAt)], settledAt), { version: 2 })
    expect(result).toMatchObject({ status: 'applied', replayed: false })
    expect(await violation(c, String(target.id))).toMatchObject({ state: 'confirmed', paid_at: settledAt, decision_number: target.decision_number })
    const pulled = await a.request<{ changes: { key: string; row: unknown[] }[] }>('GET', `/v1/sync/pull?partition=${officeCode}&after=0&limit=5000`)
    expect(pulled.body.changes.at(-1)?.key).toBe(target.id)
  })

  it.skipIf(database.skip)('refuses the second payment of a decision and asks for a refund', async () => {
    const { c, a, b, unpaid } = await setup()
    const [first, second] = unpaid as [RowObject, RowObject]
    const settledAt = new Date().toISOString()
    expect((await pushCommand(a, 'payments.pay', payment('pay-a', [line(first, settledAt)], settledAt), { version: 2 })).status).toBe('applied')
    // Terminal B, offline, took money for the same decision and for another one.
    const lines = [line(first, settledAt), line(second, settledAt)]
    const result = await pushCommand(b, 'payments.settle', payment('pay-b', lines, settledAt), { version: 2 })
    expect(result).toMatchObject({
      status: 'rejected',
      code: 'PAYMENT_DUPLICATE',
      followUp: { kind: 'refund', amountFen: lines[0]?.totalFen, paymentId: 'pay-b', decisionNumbers: [first.decision_number] }
    })
    expect(result.message).toContain(`决定书 ${String(first.decision_number)} 已在其他终端缴款，本次款项应退还`)
    expect(await violation(c, String(second.id))).toMatchObject({ state: 'confirmed' })
    const payments = await c.db.db.selectFrom('payments').select(['violation_id', 'payment_id']).orderBy('payment_id').execute()
    expect(payments).toEqual([
      { violation_id: first.id, payment_id: 'pay-a' },
      { violation_id: second.id, payment_id: 'pay-b' }
    ])
    // The duplicate was published again, so B's optimistic copy converges.
    const republished = await c.db.db.selectFrom('changes').select('key').where('key', '=', String(first.id)).execute()
    expect(republished.length).toBe(3)
    // The same payment pushed again under a new key (a settle after a pay) is idempotent per line.
    expect((await pushCommand(a, 'payments.settle', payment('pay-a', [line(first, settledAt)], settledAt), { version: 2 })).status).toBe('applied')
  })

  it.skipIf(database.skip)('refuses a wrong amount for review', async () => {
    const { c, a, unpaid } = await setup()
    const target = unpaid[0] as RowObject
    const settledAt = new Date().toISOString()
    const good = line(target, settledAt)
    const result = await pushCommand(a, 'payments.pay', payment('pay-1', [{ ...good, totalFen: good.totalFen - 100 }], settledAt), { version: 2 })
    expect(result).toMatchObject({ status: 'rejected', code: 'PAYMENT_AMOUNT_MISMATCH', followUp: { kind: 'review', decisionNumbers: [target.decision_number] } })
    expect(await violation(c, String(target.id))).toMatchObject({ state: 'unpaid', paid_at: null })
  })

  it.skipIf(database.skip)('decides a camera record paid while handled, and ignores declined payments', async () => {
    const { c, a, camera } = await setup()
    if (!camera) throw new Error('demo data without an unhandled camera record')
    const settledAt = new Date().toISOString()
    const payDate = chinaDateOf(new Date(settledAt))
    const fine = Number(camera.fine_fen)
    const decisionNumber = `${a.enrolment.ranges.decision.prefix}00000001`
    const handled: PaymentLinePayload = { violationId: String(camera.id), decisionNumber, handling: true, fineFen: fine, surchargeFen: 0, totalFen: fine }
    expect((await pushCommand(a, 'payments.pay', { ...payment('pay-d', [handled], settledAt), outcome: 'declined' }, { version: 2 })).status).toBe('applied')
    expect(await violation(c, String(camera.id))).toMatchObject({ state: 'unhandled' })
    expect((await pushCommand(a, 'payments.pay', payment('pay-h', [handled], settledAt), { version: 2 })).status).toBe('applied')
    expect(await violation(c, String(camera.id))).toMatchObject({ state: 'confirmed', decision_number: decisionNumber, decided_on: payDate, delivered_on: payDate, paid_at: settledAt })
    // Self-service handling of a camera record above 200 yuan is refused centrally too (seed rule 2); a clerk may.
    const dear = (await readRecords(c, 'violations')).find((row) => row.state === 'unhandled' && row.kind === 'camera' && Number(row.fine_fen) > 20_000)
    if (!dear) throw new Error('demo data without a camera record above 200 yuan')
    const line = { violationId: String(dear.id), decisionNumber: `${a.enrolment.ranges.decision.prefix}00000002`, handling: true, fineFen: Number(dear.fine_fen), surchargeFen: 0, totalFen: Number(dear.fine_fen) }
    expect(await pushCommand(a, 'payments.pay', payment('pay-kiosk', [line], settledAt), { version: 2, actorRole: 'citizen' })).toMatchObject({ status: 'rejected', code: 'HANDLE_FINE_LIMIT', followUp: { kind: 'review' } })
    expect(await violation(c, String(dear.id))).toMatchObject({ state: 'unhandled' })
    expect(await pushCommand(a, 'payments.pay', payment('pay-counter', [line], settledAt), { version: 2, actorRole: 'clerk' })).toMatchObject({ status: 'applied' })
    const unknown = await pushCommand(a, 'payments.pay', payment('pay-x', [{ ...handled, violationId: 'no-such-record' }], settledAt), { version: 2 })
    expect(unknown).toMatchObject({ status: 'rejected', code: 'PAYMENT_UNKNOWN_RECORD' })
    expect(await pushCommand(a, 'payments.pay', { paymentId: 'broken' }, { version: 2 })).toMatchObject({ status: 'rejected', code: 'COMMAND_INVALID_PAYLOAD', followUp: { kind: 'review' } })
  })

  it.skipIf(database.skip)('updates licence and vehicle contacts of their owner only', async () => {
    const { c, a } = await setup()
    const licences = await readRecords(c, 'licences')
    const vehicles = await readRecords(c, 'vehicles')
    const owner = licences.find((licence) => vehicles.some((vehicle) => vehicle.owner_citizen_id === licence.citizen_id))
    if (!owner) throw new Error('demo data without a licensed vehicle owner')
    const citizenId = String(owner.citizen_id)
    const own = vehicles.filter((vehicle) => vehicle.owner_citizen_id === citizenId).map((vehicle) => String(vehicle.id))
    const other = vehicles.find((vehicle) => vehicle.owner_citizen_id !== citizenId)
    const citizenBefore = (await readRecords(c, 'citizens')).find((citizen) => citizen.id === citizenId)

    const contacts = { citizenId, phone: '13912345678', address: '济南市历下区泉城路1号', signIn: false, licence: true, vehicleIds: own }
    expect((await pushCommand(a, 'me.updateContacts', contacts)).status).toBe('applied')
    expect((await readRecords(c, 'licences')).find((licence) => licence.id === owner.id)).toMatchObject({ contact_phone: '13912345678', contact_address: '济南市历下区泉城路1号' })
    for (const vehicle of (await readRecords(c, 'vehicles')).filter((row) => own.includes(String(row.id)))) expect(vehicle.contact_phone).toBe('13912345678')
    expect((await readRecords(c, 'citizens')).find((citizen) => citizen.id === citizenId)).toEqual(citizenBefore)

    const refused = await pushCommand(a, 'me.updateContacts', { ...contacts, phone: '13700000000', vehicleIds: [String(other?.id)] })
    expect(refused).toMatchObject({ status: 'rejected', code: 'CONTACT_NOT_OWNER' })
    expect((await readRecords(c, 'licences')).find((licence) => licence.id === owner.id)?.contact_phone).toBe('13912345678')
  })

  it.skipIf(database.skip)('stores an exam plan under the terminal\'s ids, and refuses one published too late or with a foreign venue', async () => {
    const { c, a } = await setup()
    const allRegions = await readRecords(c, 'exam_regions')
    const officeCode = String(allRegions[0]?.office_code)
    const regions = allRegions.filter((region) => region.office_code === officeCode)
    const venue = (await readRecords(c, 'exam_venues')).find((v) => regions.some((region) => region.id === v.region_id))
    const foreign = (await readRecords(c, 'exam_venues')).find((v) => !regions.some((region) => region.id === v.region_id))
    if (!venue || !foreign) throw new Error('demo data without venues')
    const plan = {
      id: 'plan-t1', office_code: officeCode, subject: 'k2', licence_classes: 'C1', booking_by: 'venue', published_on: '2026-12-01',
      window_opens_on: '2026-12-01', window_closes_on: '2026-12-05', results_on: '2026-12-06', first_exam_on: '2026-12-11'
    }
    const session = { id: 'session-t1', plan_id: 'plan-t1', venue_id: String(venue.id), exam_date: '2026-12-11', starts_at: '09:00', capacity: 40 }
    expect(await pushCommand(a, 'exams.createPlan', { plan, sessions: [session] }, { version: 2 })).toMatchObject({ status: 'applied' })
    expect((await readRecords(c, 'exam_plans')).find((row) => row.id === 'plan-t1')).toMatchObject(plan)
    expect((await readRecords(c, 'exam_sessions')).find((row) => row.id === 'session-t1')).toMatchObject(session)

    const early = { ...plan, id: 'plan-t2', first_exam_on: '2026-12-10' }
    expect(await pushCommand(a, 'exams.createPlan', { plan: early, sessions: [{ ...session, id: 'session-t2', plan_id: 'plan-t2', exam_date: '2026-12-10' }] }, { version: 2 })).toMatchObject({
      status: 'rejected',
      code: 'EXAM_PLAN_PUBLISHED_LATE'
    })
    const elsewhere = { ...plan, id: 'plan-t3' }
    expect(await pushCommand(a, 'exams.createPlan', { plan: elsewhere, sessions: [{ ...session, id: 'session-t3', plan_id: 'plan-t3', venue_id: String(foreign.id) }] }, { version: 2 })).toMatchObject({
      status: 'rejected',
      code: 'EXAM_PLAN_VENUE_ELSEWHERE'
    })
    expect((await readRecords(c, 'exam_plans')).map((row) => row.id)).not.toContain('plan-t3')
  })
})

describe.each(testDatabases())('dead-letter lane ($name)', (database) => {
  let central: StartedCentral | undefined
  afterEach(async () => {
    await central?.close()
    central = undefined
  })

  it.skipIf(database.skip)('records a command that cannot be executed as rejected for review, keeps nothing of its effect, and answers the same on a repeat', async () => {
    const c = (central = await startCentral({ databaseUrl: database.databaseUrl(), demoViolations: 50 }))
    const licence = (await readRecords(c, 'licences'))[0]!
    const command: PushedCommand = { seq: 1, idempotencyKey: 'poison-1', command: 'me.updateContacts', version: 1, payload: {}, actorRole: 'clerk', actorId: null, createdAt: new Date().toISOString() }
    const failing = async (trx: CentralTrx) => {
      await trx.updateTable('records').set({ row: '[]' }).where('entity', '=', 'licences').where('key', '=', String(licence.id)).execute()
      throw new TypeError('defect in an executor')
    }
    const first = await applyPushedCommand(c.db, { terminalId: 't-1', epoch: 1, at: new Date().toISOString() }, command, failing)
    expect(first).toMatchObject({ status: 'rejected', code: 'COMMAND_FAILED', followUp: { kind: 'review' }, replayed: false })
    expect((await readRecords(c, 'licences'))[0]).toEqual(licence)
    const again = await applyPushedCommand(c.db, { terminalId: 't-1', epoch: 1, at: new Date().toISOString() }, command)
    expect(again).toMatchObject({ status: 'rejected', code: 'COMMAND_FAILED', replayed: true })
  })

  it.skipIf(database.skip)('keeps a transient database failure an error, so the terminal retries', async () => {
    const c = (central = await startCentral({ databaseUrl: database.databaseUrl() }))
    expect(isTransient(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY' }))).toBe(true)
    expect(isTransient(Object.assign(new Error('gone'), { code: '57P01' }))).toBe(true)
    expect(isTransient(Object.assign(new Error('dup'), { code: '23505' }))).toBe(false)
    const command: PushedCommand = { seq: 1, idempotencyKey: 'busy-1', command: 'me.updateContacts', version: 1, payload: {}, actorRole: 'clerk', actorId: null, createdAt: new Date().toISOString() }
    const busy = async () => {
      throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })
    }
    await expect(applyPushedCommand(c.db, { terminalId: 't-1', epoch: 1, at: new Date().toISOString() }, command, busy)).rejects.toThrow('database is locked')
    expect(await c.db.db.selectFrom('commands').select('idempotency_key').execute()).toEqual([])
  })
})
