import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { createTerminalApp } from './src-main/app/app'
import { SHANDONG_OFFICES } from './src-shared/domain/offices'
import { CentralProcess, freePort } from './tests/support/central-process'
import { tempDir } from './tests/support/temp'
import * as apply from './src-main/features/sync/apply'
import { CentralClient } from './src-main/features/sync/client'

const dir = tempDir('prof-')
const adminToken = randomBytes(12).toString('base64url')
const central = new CentralProcess({ dataDir: join(dir.path, 'central'), adminToken, demoSize: 50000 }, await freePort())
await central.start()
const issued = await fetch(`${central.url}/v1/admin/enrolment-codes`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
  body: JSON.stringify({ officeCode: '370100', mode: 'counter', name: 'x', extraPartitions: SHANDONG_OFFICES.map((o) => o.code).filter((c) => c !== '370100') }) })
const { code } = await issued.json() as { code: string }
const app = await createTerminalApp({ dataDir: join(dir.path, 't'), config: { demoOnEmpty: false, sync: { auto: false, intervalSeconds: 30, offlineAfterSeconds: 120, verifyEverySeconds: 600, pageSize: 5000, pushBatch: 500, requestTimeoutMs: 60000, offline: { cardMaxAmountFen: 1, cardMaxCount: 1 } } } })
await app.sync.enrol(central.url, code, { role: 'admin', id: null })
let applyMs = 0, pages = 0
const orig = apply.applySnapshotPage
const origReq = (CentralClient.prototype as any).request
let reqMs = 0
;(CentralClient.prototype as any).request = async function (...args: unknown[]) { const t = performance.now(); try { return await origReq.apply(this, args) } finally { reqMs += performance.now() - t } }
const t0 = performance.now()
await app.sync.pull()
console.log('total', (performance.now() - t0).toFixed(0), 'ms; request wall (overlapping)', reqMs.toFixed(0))
// measure apply alone: re-fetch all pages for partition 370100 and time apply
const state = app.db.raw.prepare('select secret from sync_state').get() as { secret: string }
const client = new CentralClient({ baseUrl: central.url, now: () => new Date(), timeoutMs: 60000, clockOffsetMs: () => 0, onClockOffset: () => {} }, { terminalId: app.terminal().id, secret: state.secret })
let from: any = null; let fetchMs = 0; const writer = new apply.RowWriter(app.db)
const pagesList: any[] = []
for (;;) { const t = performance.now(); const page = await client.snapshot('370100', from, 5000); fetchMs += performance.now() - t; pagesList.push(page); if (!page.next) break; from = { ...page.next, asOf: page.asOf } }
const t1 = performance.now()
for (const page of pagesList) { app.db.raw.prepare("update sync_partitions set snapshot_state='initial' where partition='370100'").run(); orig(app.db, writer, page, false) }
applyMs = performance.now() - t1
const rows = pagesList.reduce((s, p) => s + p.rows.length, 0)
console.log('370100 rows', rows, 'fetch+parse', fetchMs.toFixed(0), 'ms; apply (re-upsert)', applyMs.toFixed(0), 'ms')
await app.close(); await central.stop(); dir.remove()
