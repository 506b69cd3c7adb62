import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { createTerminalApp } from '../src-main/app/app'
import type { CrashPoint } from '../src-main/features/violations/payment'
import { createTestApp, STRONG_PASSWORD } from './support/app'
import { preparePayer } from './support/payer'

const NOW = new Date('2026-11-25T02:00:00Z')
const POINTS: (CrashPoint | 'none')[] = ['before_journal', 'after_journal', 'during_device_call', 'after_approval', 'before_receipt', 'none']

interface DeviceRecord {
  reference: string
  status: 'approved' | 'declined'
  kind: 'sale' | 'refund'
}

/**
 * Kill the process at every step of a payment, restart, and check the three promises:
 * no decision paid twice, nothing marked paid without money, every approved sale has a receipt.
 */
describe('payment crash safety', () => {
  for (const point of POINTS) {
    it(`survives a kill ${point === 'none' ? 'nowhere (control)' : `at ${point}`}`, async () => {
      const t = await createTestApp({}, () => NOW)
      const payer = await preparePayer(t)
      const dataDir = t.app.dataDir
      const ids = [...payer.camera, payer.decided]
      t.app.close()

      const child = spawnSync(process.execPath, ['--import', 'tsx', 'tests/support/crash-child.ts', dataDir, point, payer.person.idNumber, STRONG_PASSWORD, '53000', ...ids], { encoding: 'utf8', timeout: 60_000 })
      if (point === 'none') expect(child.status, child.stderr).toBe(0)
      else expect(child.signal, child.stderr).toBe('SIGKILL')

      // Restart: start-up recovery asks the device about anything unfinished.
      const app = await createTerminalApp({ dataDir, now: () => NOW })
      try {
        const db = app.db.raw
        const device = readFileSync(join(dataDir, 'devices', 'unionpay-sim.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as DeviceRecord)
        const charged = new Set(device.filter((d) => d.kind === 'sale' && d.status === 'approved').map((d) => d.reference))
        expect(device.filter((d) => d.kind === 'sale' && d.status === 'approved').length).toBe(charged.size) // one sale per reference

        const journal = db.prepare('SELECT id, state FROM payment_journal').all() as { id: string; state: string }[]
        expect(journal.filter((j) => j.state === 'pending' || j.state === 'unknown')).toEqual([])
        for (const entry of journal) {
          if (entry.state === 'approved') expect(charged.has(entry.id), 'approved without money').toBe(true)
          if (charged.has(entry.id)) {
            expect(entry.state, 'money taken but not recorded').toBe('approved')
            expect(db.prepare('SELECT count(*) AS n FROM receipts WHERE payment_id = ?').get(entry.id), 'approved sale without receipt').toEqual({ n: 1 })
          }
        }
        const lines = db.prepare('SELECT decision_number, count(*) AS n FROM payment_lines WHERE active = 1 GROUP BY decision_number HAVING n > 1').all()
        expect(lines, 'a decision paid twice').toEqual([])

        const states = ids.map((id) => (db.prepare('SELECT state FROM violations WHERE id = ?').get(id) as { state: string }).state)
        const paid = journal.some((j) => j.state === 'approved')
        expect(states).toEqual(paid ? ['paid', 'paid', 'paid'] : ['unhandled', 'unhandled', 'unpaid'])
        const expectPaid = point === 'during_device_call' || point === 'after_approval' || point === 'before_receipt' || point === 'none'
        expect(paid).toBe(expectPaid)

        // Nothing is stuck: a payment that did not happen can be made now, exactly once.
        if (!paid) {
          const session = app.sessions.create()
          await app.dispatcher.call(session, 'auth.signIn', { kind: 'citizen', idNumber: payer.person.idNumber, password: STRONG_PASSWORD })
          expect(await app.dispatcher.call(session, 'payments.pay', { violationIds: ids, channel: 'card', expectedTotalFen: 53000 })).toMatchObject({ ok: true, value: { outcome: 'approved' } })
        }
      } finally {
        app.close()
        rmSync(dataDir, { recursive: true, force: true })
      }
    }, 120_000)
  }
})
