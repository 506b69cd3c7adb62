import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { uuidv7 } from 'uuidv7'
import { createTerminalApp, type TerminalApp } from '../src-main/app/app'
import { openDatabase } from '../src-main/core/database'
import { appendOutbox } from '../src-main/core/outbox'
import { REPLICATED_ENTITIES } from '../src-shared/sync/entities'
import { SHANDONG_OFFICES } from '../src-shared/domain/offices'
import { openCentralDatabase } from '../central/db'
import { applyPushedCommand } from '../central/sync-routes'
import { CentralProcess, freePort } from '../tests/support/central-process'
import { tempDir } from '../tests/support/temp'
import type { BenchResult } from './lib'

const SYNC_SETTINGS = {
  auto: false,
  intervalSeconds: 30,
  offlineAfterSeconds: 120,
  verifyEverySeconds: 600,
  pageSize: 5000,
  pushBatch: 500,
  requestTimeoutMs: 120_000,
  offline: { cardMaxAmountFen: 200_000, cardMaxCount: 20 }
}

async function centralWithTerminal(dir: string, violations: number, allPartitions: boolean) {
  const adminToken = randomBytes(12).toString('base64url')
  const central = new CentralProcess({ dataDir: join(dir, 'central'), adminToken, demoSize: violations }, await freePort())
  const seeding = Date.now()
  await central.start()
  const seededIn = (Date.now() - seeding) / 1000
  const issued = await fetch(`${central.url}/v1/admin/enrolment-codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
    body: JSON.stringify({
      officeCode: '370100',
      mode: 'counter',
      name: '基准终端',
      extraPartitions: allPartitions ? SHANDONG_OFFICES.map((office) => office.code).filter((code) => code !== '370100') : []
    })
  })
  const { code } = (await issued.json()) as { code: string }
  const app = await createTerminalApp({ dataDir: join(dir, 'terminal'), config: { demoOnEmpty: false, sync: SYNC_SETTINGS } })
  const admin = app.db.raw.prepare(`SELECT id FROM accounts WHERE username = 'admin'`).get() as { id: string }
  await app.sync.enrol(central.url, code, { role: 'admin', id: admin.id }, 'Bench@2026b')
  return { central, app, seededIn }
}

function replicatedRows(app: TerminalApp): number {
  return REPLICATED_ENTITIES.reduce(
    (sum, entity) => sum + Number((app.db.raw.prepare(`SELECT count(*) AS n FROM ${entity.name}${entity.localFilter ? ` WHERE ${entity.localFilter}` : ''}`).get() as { n: number }).n),
    0
  )
}

/**
 * A terminal's first sync of every partition: `size` violations plus the people, licences,
 * vehicles and exam data around them, pulled as snapshot pages over HTTP from the central
 * service (a separate process) and written with their cursors. Baseline: the same rows
 * written with raw prepared INSERTs into a fresh database of the same schema, in
 * transactions of one page each, in the same run.
 */
export async function initialPull(size = Number(process.env.BENCH_VIOLATIONS ?? 1_000_000)): Promise<BenchResult> {
  const dir = tempDir('lt-bench-sync-')
  const { central, app, seededIn } = await centralWithTerminal(dir.path, size, true)
  try {
    const started = performance.now()
    await app.sync.pull()
    const pullSeconds = (performance.now() - started) / 1000
    const status = app.sync.status()
    if (status.partitionStatus.some((p) => p.snapshotting || p.cursor !== p.head)) throw new Error(`pull incomplete: ${JSON.stringify(status.partitionStatus)}`)
    const rows = replicatedRows(app)
    const violations = Number((app.db.raw.prepare('SELECT count(*) AS n FROM violations').get() as { n: number }).n)

    // Baseline: the same rows, already in memory, into a fresh database with the same schema.
    const target = await openDatabase({ file: join(dir.path, 'raw.sqlite') })
    target.raw.pragma('foreign_keys = OFF')
    let rawSeconds = 0
    for (const entity of REPLICATED_ENTITIES) {
      // Only the replicated rows (a terminal's own staff accounts are not pulled).
      const replicated = entity.localFilter ? ` AND ${entity.localFilter}` : ''
      const read = app.db.raw.prepare(`SELECT ${entity.columns.join(', ')} FROM ${entity.name} WHERE ${entity.key} > ?${replicated} ORDER BY ${entity.key} LIMIT 5000`).raw()
      const insert = target.raw.prepare(`INSERT INTO ${entity.name} (${entity.columns.join(', ')}) VALUES (${entity.columns.map(() => '?').join(', ')})`)
      if (entity.name === 'offices') target.raw.prepare('DELETE FROM offices').run()
      let after = ''
      for (;;) {
        const page = read.all(after) as unknown[][]
        if (page.length === 0) break
        const t0 = performance.now()
        target.raw.transaction(() => {
          for (const row of page) insert.run(row)
        })()
        rawSeconds += (performance.now() - t0) / 1000
        after = String(page[page.length - 1]![entity.columns.indexOf(entity.key)])
      }
    }
    target.close()
    return {
      name: `initial pull of ${violations.toLocaleString('en')} violations (${rows.toLocaleString('en')} rows in all, 17 partitions)`,
      detail: `pull ${pullSeconds.toFixed(1)} s = ${Math.round(rows / pullSeconds).toLocaleString('en')} rows/s over HTTP (signed, pages of 5,000, central a separate process); raw prepared inserts of the same rows ${rawSeconds.toFixed(1)} s = ${Math.round(rows / rawSeconds).toLocaleString('en')} rows/s; ratio = pull rate / raw rate (central seeded in ${seededIn.toFixed(0)} s)`,
      ratio: rawSeconds / pullSeconds,
      target: { min: 0.6 }
    }
  } finally {
    await app.close()
    await central.stop()
    dir.remove()
  }
}

/**
 * Push of `count` commands (contact updates of licence holders, which the central service
 * re-executes: look-ups, record writes, change-log entries) to the SQLite central service
 * over HTTP, against the same commands applied in-process to the central store (no HTTP, no
 * signing, no JSON), in the same run.
 */
export async function pushCommands(count = Number(process.env.BENCH_PUSH ?? 10_000)): Promise<BenchResult> {
  const dir = tempDir('lt-bench-push-')
  const { central, app } = await centralWithTerminal(dir.path, 20_000, false)
  try {
    await app.sync.pull()
    const holders = app.db.raw.prepare(`SELECT citizen_id AS id FROM licences WHERE office_code = '370100' ORDER BY id`).all() as { id: string }[]
    const terminal = app.terminal()
    const session = app.sessions.create()
    session.role = 'clerk'
    const commands = Array.from({ length: count }, (_, i) => ({ citizenId: holders[i % holders.length]!.id, phone: `139${String(10_000_000 + i).slice(-8)}`, signIn: false, licence: true, vehicleIds: [] }))
    app.db.transaction(() => {
      for (const payload of commands) appendOutbox(app.db, terminal, session, { command: 'me.updateContacts', version: 1, payload }, new Date())
    })
    const started = performance.now()
    await app.sync.push()
    const pushSeconds = (performance.now() - started) / 1000
    const left = app.sync.status()
    if (left.queueDepth !== 0 || left.rejected.length !== 0) throw new Error(`push incomplete: ${left.queueDepth} pending, ${left.rejected.length} rejected`)
    await central.stop()

    const store = await openCentralDatabase({ file: join(dir.path, 'central', 'central.sqlite') })
    const t0 = performance.now()
    for (const [i, payload] of commands.entries()) {
      const result = await applyPushedCommand(store, { terminalId: terminal.id, epoch: terminal.epoch, at: new Date().toISOString() }, {
        seq: i + 1, idempotencyKey: uuidv7(), command: 'me.updateContacts', version: 1, payload, actorRole: 'clerk', actorId: null, createdAt: new Date().toISOString()
      })
      if (result.status !== 'applied') throw new Error(JSON.stringify(result))
    }
    const directSeconds = (performance.now() - t0) / 1000
    await store.close()
    return {
      name: `push of ${count.toLocaleString('en')} commands to the SQLite central service`,
      detail: `over HTTP ${Math.round(count / pushSeconds).toLocaleString('en')} commands/s (${pushSeconds.toFixed(1)} s, batches of 500, signed, each re-executed and stored under its idempotency key); the same commands applied in-process ${Math.round(count / directSeconds).toLocaleString('en')} commands/s; ratio = HTTP rate / in-process rate`,
      ratio: directSeconds / pushSeconds
    }
  } finally {
    await app.close()
    await central.stop()
    dir.remove()
  }
}
