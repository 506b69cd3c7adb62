import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getRecord, putRecord, writeTransaction } from '../central/store'
import { startCentral, type StartedCentral } from '../central/testing'
import type { TestApp } from './support/app'
import { comparePartitions, enrolledTerminal } from './support/sync-check'

/**
 * A payment the central service refuses converges on the next pull, without a checksum repair:
 * the record paid here goes back to the central state once the refusal is known, while a
 * record whose payment is still unanswered never does.
 */
describe('a refused payment converges on the next pull', () => {
  let central: StartedCentral
  let t: TestApp

  beforeAll(async () => {
    central = await startCentral({ demoViolations: 400 })
    t = await enrolledTerminal(central, '窗口1')
  })
  afterAll(async () => {
    await t?.close()
    await central?.close()
  })

  it('takes the central row back after a wrong-amount refusal, and its checksum agrees without a repair', async () => {
    const target = t.app.db.raw
      .prepare(
        `SELECT v.id AS violationId, veh.owner_citizen_id AS citizenId, v.fine_fen AS fineFen FROM violations v JOIN vehicles veh ON veh.id = v.vehicle_id
          WHERE v.state = 'unpaid' AND v.disputed = 0 AND v.office_code = '370100' AND veh.owner_citizen_id IS NOT NULL ORDER BY v.id LIMIT 1`
      )
      .get() as { violationId: string; citizenId: string; fineFen: number }
    // The central archive corrects the fine; this terminal has not pulled the change yet.
    await writeTransaction(central.db, async (trx) => {
      const record = (await getRecord(trx, 'violations', target.violationId))!
      await putRecord(trx, 'violations', target.violationId, { ...record.row, fine_fen: target.fineFen + 5000 }, new Date().toISOString())
    })

    const clerk = await t.serving(target.citizenId)
    const quote = (await t.call(clerk, 'violations.quote', { violationIds: [target.violationId] })).value as { totalFen: number }
    expect(await t.call(clerk, 'payments.pay', { violationIds: [target.violationId], channel: 'cash', expectedTotalFen: quote.totalFen })).toMatchObject({
      ok: true,
      value: { outcome: 'approved' }
    })
    await t.app.sync.runCycle()

    expect(t.app.sync.tasks('open')).toContainEqual(expect.objectContaining({ command: 'payments.pay', code: 'PAYMENT_AMOUNT_MISMATCH' }))
    expect(t.app.db.raw.prepare('SELECT state, fine_fen AS fineFen, paid_at AS paidAt FROM violations WHERE id = ?').get(target.violationId)).toEqual({
      state: 'unpaid',
      fineFen: target.fineFen + 5000,
      paidAt: null
    })
    expect(t.app.db.raw.prepare('SELECT count(*) AS n FROM sync_released').get()).toEqual({ n: 0 })
    const status = t.app.sync.status()
    expect(status.partitionStatus.find((p) => p.partition === '370100')?.checksum).toBe('ok')
    expect(t.app.db.raw.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'sync.repair'`).get()).toEqual({ n: 0 })
    for (const { partition, ours, theirs } of await comparePartitions(t.app, central.url)) expect(ours, partition).toEqual(theirs)
  })
})
