import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTerminalApp, type TerminalApp } from '../src-main/app/app'
import type { Session } from '../src-main/core/session'
import { DEMO_STAFF_PASSWORD } from '../src-main/features/identity/demo-staff'
import type { SyncStep } from '../src-main/features/sync/engine'
import { openCentralDatabase } from '../central/db'
import { CentralProcess, freePort } from './support/central-process'
import { FaultyProxy } from './support/faulty-proxy'
import { comparePartitions } from './support/sync-check'
import { tempDir } from './support/temp'

/**
 * The sync simulation (issue #6): one central service and three counter terminals. The
 * terminals work offline (payments, one decision paid on two terminals, contact updates),
 * then sync through a proxy that drops, repeats, delays and reorders messages, while the
 * central process is SIGKILLed and restarted and the terminals crash at random sync steps.
 * Afterwards every terminal agrees with the central service (checksums), every command was
 * stored exactly once, nothing was lost, and the double payment is one refund case.
 */
const PG_URL = process.env.CENTRAL_TEST_DATABASE_URL
/** The password the enrolling administrator sets (enrolment refuses to keep the demo one). */
const ENROLLED_ADMIN_PASSWORD = 'Enrol@2026b'
const SEED = Number(process.env.SYNC_SIM_SEED ?? 20261125)

const SIM_SYNC = {
  auto: false,
  intervalSeconds: 30,
  offlineAfterSeconds: 30,
  verifyEverySeconds: 10,
  pageSize: 40,
  pushBatch: 3,
  requestTimeoutMs: 4000,
  offline: { cardMaxAmountFen: 10_000, cardMaxCount: 20 }
}

class SimTerminal {
  app!: TerminalApp
  clerk!: Session
  crashProbability = 0
  crashes = 0
  private rng: number

  constructor(
    readonly name: string,
    readonly dataDir: string,
    seed: number
  ) {
    this.rng = seed >>> 0 || 7
  }

  private random(): number {
    this.rng ^= this.rng << 13
    this.rng ^= this.rng >>> 17
    this.rng ^= this.rng << 5
    this.rng >>>= 0
    return this.rng / 0x1_0000_0000
  }

  async open(): Promise<void> {
    this.app = await createTerminalApp({
      dataDir: this.dataDir,
      config: { name: this.name, demoOnEmpty: false, sync: SIM_SYNC },
      syncCrashAt: (step: SyncStep) => {
        if (this.random() >= this.crashProbability) return
        // A crash: the process is gone at this step; nothing after it is written.
        this.crashes++
        this.app.db.raw.close()
        throw new Error(`simulated crash of ${this.name} at ${step}`)
      }
    })
    this.clerk = this.app.sessions.create()
    const signedIn = await this.app.dispatcher.call(this.clerk, 'auth.signIn', { kind: 'staff', username: 'clerk', password: DEMO_STAFF_PASSWORD })
    if (!signedIn.ok) throw new Error(`clerk sign-in on ${this.name}: ${JSON.stringify(signedIn)}`)
  }

  /** One sync cycle; after a simulated crash the terminal starts again on the same data. */
  async cycle(): Promise<void> {
    await this.app.sync.runCycle()
    if (!this.app.db.raw.open) await this.open()
  }

  call(method: string, input: unknown) {
    return this.app.dispatcher.call(this.clerk, method, input)
  }

  /** Serve the citizen at the counter and pay the records in cash; answers the receipt number. */
  async payCash(citizenId: string, violationIds: string[]): Promise<string> {
    expect(await this.call('counter.serve', { citizenId, verification: 'inspected_card' })).toMatchObject({ ok: true })
    const quote = await this.call('violations.quote', { violationIds })
    expect(quote, JSON.stringify(quote)).toMatchObject({ ok: true })
    const totalFen = (quote as { value: { totalFen: number } }).value.totalFen
    const paid = await this.call('payments.pay', { violationIds, channel: 'cash', expectedTotalFen: totalFen })
    expect(paid, JSON.stringify(paid)).toMatchObject({ ok: true, value: { outcome: 'approved' } })
    await this.call('counter.endService', {})
    return (paid as { value: { receipt: { number: string } } }).value.receipt.number
  }

  status() {
    return this.app.sync.status()
  }
}

/** Decided, unpaid records of vehicles whose owner this terminal holds, one per owner. */
function payable(app: TerminalApp, count: number): { violationId: string; citizenId: string }[] {
  return app.db.raw
    .prepare(
      `SELECT v.id AS violationId, veh.owner_citizen_id AS citizenId
         FROM violations v JOIN vehicles veh ON veh.id = v.vehicle_id JOIN citizens c ON c.id = veh.owner_citizen_id
        WHERE v.state = 'unpaid' AND v.disputed = 0 AND v.fine_fen > 0
        GROUP BY veh.owner_citizen_id ORDER BY v.id LIMIT ?`
    )
    .all(count) as { violationId: string; citizenId: string }[]
}

async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `lu_sim_${randomBytes(5).toString('hex')}`
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(PG_URL!)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_URL })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    }
  }
}

const backends: { name: string; postgres: boolean }[] = [{ name: 'SQLite', postgres: false }]
if (PG_URL) backends.push({ name: 'PostgreSQL', postgres: true })

if (process.env.CI && !PG_URL) {
  it('runs the sync simulation against PostgreSQL in CI', () => {
    throw new Error('CENTRAL_TEST_DATABASE_URL is not set: .ci/run must start PostgreSQL and export it')
  })
}

for (const backend of backends) {
  describe(`sync simulation, central on ${backend.name}`, () => {
    const dir = tempDir('lt-sync-sim-')
    let database: { url: string; drop: () => Promise<void> } | undefined
    let central: CentralProcess
    let proxy: FaultyProxy
    let proxyUrl: string
    const adminToken = randomBytes(12).toString('base64url')
    const terminals: SimTerminal[] = []

    beforeAll(async () => {
      if (backend.postgres) database = await freshPostgresDatabase()
      central = new CentralProcess({ dataDir: join(dir.path, 'central'), adminToken, demoSize: 4000, databaseUrl: database?.url }, await freePort())
      await central.start()
      proxy = new FaultyProxy(() => central.url, SEED)
      proxyUrl = await proxy.listen()
      for (const [index, name] of ['窗口1', '窗口2', '窗口3'].entries()) {
        const terminal = new SimTerminal(name, join(dir.path, `terminal-${index + 1}`), SEED + index + 1)
        await terminal.open()
        terminals.push(terminal)
      }
    }, 240_000)

    afterAll(async () => {
      for (const terminal of terminals) if (terminal.app.db.raw.open) await terminal.app.close()
      await proxy?.close()
      await central?.stop()
      await database?.drop()
      dir.remove()
    }, 60_000)

    async function code(name: string): Promise<string> {
      const answer = await fetch(`${central.url}/v1/admin/enrolment-codes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ officeCode: '370100', mode: 'counter', name })
      })
      expect(answer.status).toBe(200)
      return ((await answer.json()) as { code: string }).code
    }

    it('offline work on three terminals converges through a faulty network and crashes: checksums agree, every command stored once, one refund case', async () => {
      // Enrol and take the first snapshot over a healthy network.
      for (const terminal of terminals) {
        const admin = terminal.app.sessions.create()
        expect(await terminal.app.dispatcher.call(admin, 'auth.signIn', { kind: 'staff', username: 'admin', password: DEMO_STAFF_PASSWORD })).toMatchObject({ ok: true })
        const enrolled = await terminal.app.dispatcher.call(admin, 'sync.enrol', { centralUrl: proxyUrl, code: await code(terminal.name), adminPassword: ENROLLED_ADMIN_PASSWORD })
        expect(enrolled, JSON.stringify(enrolled)).toMatchObject({ ok: true, value: { enrolled: true } })
        await terminal.cycle()
        expect(terminal.status().lastError).toBeNull()
        expect(terminal.status().partitionStatus.every((p) => !p.snapshotting && p.cursor === p.head)).toBe(true)
      }
      const [a, b, c] = terminals as [SimTerminal, SimTerminal, SimTerminal]

      // Offline: the network is down; each terminal takes payments and updates contacts.
      proxy.mode = 'down'
      const candidates = payable(a.app, 10)
      expect(candidates.length).toBe(10)
      const shared = candidates[0]!
      const receiptOfA = await a.payCash(shared.citizenId, [shared.violationId])
      await b.payCash(shared.citizenId, [shared.violationId])
      const own = new Map<SimTerminal, { violationId: string; citizenId: string }[]>([
        [a, candidates.slice(1, 4)],
        [b, candidates.slice(4, 7)],
        [c, candidates.slice(7, 10)]
      ])
      for (const [terminal, records] of own) for (const record of records) await terminal.payCash(record.citizenId, [record.violationId])
      const contactCitizen = a.app.db.raw.prepare(`SELECT citizen_id AS id FROM licences WHERE office_code = '370100' ORDER BY id LIMIT 1`).get() as { id: string }
      await c.call('counter.serve', { citizenId: contactCitizen.id, verification: 'inspected_card' })
      expect(await c.call('me.updateContacts', { phone: '13905310000', signIn: false, licence: true, vehicleIds: [] })).toMatchObject({ ok: true })
      for (const terminal of terminals) {
        await terminal.cycle()
        expect(terminal.status().state).toBe('offline')
        expect(terminal.status().queueDepth).toBeGreaterThan(0)
      }
      // The offline policy: card payments above the cap and online-only commands are refused by rule.
      const overCap = candidates[1]!
      await a.call('counter.serve', { citizenId: overCap.citizenId, verification: 'inspected_card' })
      expect(await a.call('payments.pay', { violationIds: [overCap.violationId], channel: 'card', expectedTotalFen: 10_001 })).toMatchObject({
        ok: false,
        error: { code: 'RULE_VIOLATION', details: { rule: 'OFFLINE_CARD_AMOUNT_CAP' } }
      })
      expect(a.app.sync.state().offlineAllowance).toEqual({ cardPaymentsLeft: 20, cardMaxAmountFen: 10_000 })
      const admin = a.app.sessions.create()
      expect(await a.app.dispatcher.call(admin, 'auth.signIn', { kind: 'staff', username: 'admin', password: ENROLLED_ADMIN_PASSWORD })).toMatchObject({ ok: true })
      expect(await a.app.dispatcher.call(admin, 'exams.allocate', { planId: 'any' })).toMatchObject({ ok: false, error: { details: { rule: 'OFFLINE_ONLINE_ONLY' } } })
      await a.call('counter.endService', {})

      // Back online through a faulty network, with crashes on both sides.
      proxy.mode = 'faulty'
      proxy.plan = { dropRequest: 0.15, dropResponse: 0.15, duplicate: 0.15, maxDelayMs: 40 }
      for (const terminal of terminals) terminal.crashProbability = 0.08
      let centralKills = 0
      let compactions = 0
      for (let round = 0; round < 24; round++) {
        const cycles = Promise.all(terminals.map((t) => t.cycle()))
        if (round % 6 === 3) {
          await new Promise((resolve) => setTimeout(resolve, proxy.random() * 150))
          await central.kill()
          centralKills++
          await central.start()
        } else if (round % 6 === 1) {
          // The change log is compacted while terminals push and pull (directly, not through the proxy).
          const compacted = await fetch(`${central.url}/v1/admin/compact`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } })
          expect(compacted.status).toBe(200)
          compactions++
        }
        await cycles
      }
      expect(centralKills).toBeGreaterThan(0)
      expect(compactions).toBeGreaterThan(0)

      // Healthy network, no more crashes: sync until every terminal is idle and verified.
      proxy.mode = 'up'
      for (const terminal of terminals) terminal.crashProbability = 0
      for (let round = 0; round < 8; round++) {
        for (const terminal of terminals) await terminal.cycle()
      }
      const stats = { ...proxy.stats, terminalCrashes: terminals.map((t) => t.crashes), centralKills }
      console.log(`[sync simulation ${backend.name}] ${JSON.stringify(stats)}`)
      expect(stats.droppedRequests + stats.droppedResponses + stats.duplicated).toBeGreaterThan(0)

      // Nothing pending, no error, every partition verified.
      for (const terminal of terminals) {
        const status = terminal.status()
        expect(status.queueDepth, terminal.name).toBe(0)
        expect(status.lastError, terminal.name).toBeNull()
        for (const partition of status.partitionStatus) {
          expect(partition.cursor, `${terminal.name} ${partition.partition}`).toBe(partition.head)
          expect(['ok', 'repaired']).toContain(partition.checksum)
        }
      }

      // Checksums: each terminal's own rows against the central service's, per partition.
      for (const terminal of terminals) {
        for (const { partition, ours, theirs } of await comparePartitions(terminal.app, central.url)) expect(ours, `${terminal.name} ${partition}`).toEqual(theirs)
      }

      // Every command the terminals recorded is stored centrally exactly once, with the same outcome.
      const outbox = terminals.flatMap((t) => t.app.db.raw.prepare(`SELECT idempotency_key AS key, state FROM outbox`).all() as { key: string; state: string }[])
      expect(outbox.every((row) => row.state !== 'pending')).toBe(true)
      await central.stop()
      const store = await openCentralDatabase(backend.postgres ? { databaseUrl: database!.url } : { file: join(dir.path, 'central', 'central.sqlite') })
      try {
        const stored = await store.db.selectFrom('commands').select(['idempotency_key', 'status']).execute()
        expect(new Set(stored.map((row) => row.idempotency_key)).size).toBe(stored.length)
        expect(new Map(stored.map((row) => [row.idempotency_key, row.status]))).toEqual(new Map(outbox.map((row) => [row.key, row.state])))
        const payments = await store.db.selectFrom('payments').select(['violation_id', 'payment_id']).execute()
        const paidIds = [shared, ...[...own.values()].flat()].map((r) => r.violationId).sort()
        expect(payments.map((p) => p.violation_id).sort()).toEqual(paidIds)
      } finally {
        await store.close()
        await central.start()
      }

      // Receipt keys travel too: another counter tells A's receipt genuine, offline.
      expect(await a.call('counter.serve', { citizenId: shared.citizenId, verification: 'inspected_card' })).toMatchObject({ ok: true })
      const receipt = (await a.call('receipts.get', { number: receiptOfA })) as { ok: true; value: { receipt: { qrPayload: string } } }
      expect(await c.call('receipts.verify', { payload: receipt.value.receipt.qrPayload })).toMatchObject({ ok: true, value: { verdict: 'genuine', knownLocally: false } })

      // The decision paid on two offline terminals: confirmed once, one refund case for the later push.
      const refunds = terminals.flatMap(
        (t) => t.app.db.raw.prepare(`SELECT kind, code, amount_fen AS amountFen, payment_id AS paymentId FROM sync_tasks`).all() as { kind: string; code: string; amountFen: number; paymentId: string }[]
      )
      expect(refunds).toHaveLength(1)
      expect(refunds[0]).toMatchObject({ kind: 'refund', code: 'PAYMENT_DUPLICATE' })
      expect(refunds[0]!.amountFen).toBeGreaterThan(0)
      for (const terminal of terminals) {
        const row = terminal.app.db.raw.prepare('SELECT state FROM violations WHERE id = ?').get(shared.violationId) as { state: string }
        expect(row.state).toBe('confirmed')
      }
    }, 600_000)

    it('finds a partition that diverged silently by its checksum and repairs just that partition from a snapshot', async () => {
      const a = terminals[0]!
      const raw = a.app.db.raw
      const victim = raw.prepare(`SELECT id, fine_fen AS fine FROM violations WHERE office_code = '370100' ORDER BY id LIMIT 1`).get() as { id: string; fine: number }
      const lost = raw.prepare(`SELECT id FROM violations WHERE office_code = '370100' ORDER BY id DESC LIMIT 1`).get() as { id: string }
      raw.pragma('foreign_keys = OFF')
      raw.prepare('UPDATE violations SET fine_fen = fine_fen + 100 WHERE id = ?').run(victim.id)
      raw.prepare('DELETE FROM violations WHERE id = ?').run(lost.id)
      raw.prepare(`INSERT INTO violations SELECT 'stray-row', kind, 'stray-record', NULL, vehicle_id, plate, licence_id, occurred_at, place, office_code, code, description, fine_fen, points, 'unhandled', 0, NULL, NULL, NULL FROM violations WHERE id = ?`).run(victim.id)
      raw.pragma('foreign_keys = ON')
      raw.prepare('UPDATE sync_partitions SET verified_at = NULL').run()
      const provinceBefore = a.status().partitionStatus.find((p) => p.partition === 'province')

      await a.cycle() // detects the mismatch and re-reads the partition
      expect(a.status().partitionStatus.find((p) => p.partition === '370100')?.checksum).toBe('mismatch')
      await a.cycle() // verifies again
      const office = a.status().partitionStatus.find((p) => p.partition === '370100')
      expect(office?.checksum).toBe('repaired')
      expect(raw.prepare('SELECT fine_fen AS fine FROM violations WHERE id = ?').get(victim.id)).toEqual({ fine: victim.fine })
      expect(raw.prepare('SELECT id FROM violations WHERE id = ?').get(lost.id)).toEqual({ id: lost.id })
      expect(raw.prepare(`SELECT id FROM violations WHERE id = 'stray-row'`).get()).toBeUndefined()
      expect(a.status().partitionStatus.find((p) => p.partition === 'province')?.checksum).toBe(provinceBefore?.checksum)
      const audit = raw.prepare(`SELECT subject FROM audit_log WHERE action = 'sync.repair'`).all() as { subject: string }[]
      expect(audit).toEqual([{ subject: '370100' }])
    }, 120_000)

    it('a de-enrolled terminal is refused and says so; its local work stays queued', async () => {
      const c = terminals[2]!
      const answer = await fetch(`${central.url}/v1/admin/terminals/${c.app.terminal().id}/de-enrol`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` } })
      expect(answer.status).toBe(200)
      const citizen = c.app.db.raw.prepare(`SELECT citizen_id AS id FROM licences WHERE office_code = '370100' ORDER BY id LIMIT 1 OFFSET 1`).get() as { id: string }
      await c.call('counter.serve', { citizenId: citizen.id, verification: 'inspected_card' })
      expect(await c.call('me.updateContacts', { phone: '13905310001', signIn: false, licence: true, vehicleIds: [] })).toMatchObject({ ok: true })
      await c.cycle()
      const status = c.status()
      expect(status.lastError?.code).toBe('TERMINAL_DE_ENROLLED')
      expect(status.state).toBe('offline')
      expect(status.queueDepth).toBe(1)
    }, 60_000)
  })
}
