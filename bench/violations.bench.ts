import { join } from 'node:path'
import { createTerminalApp } from '../src-main/app/app'
import { openDatabase } from '../src-main/core/database'
import { seedDemo } from '../db/demo/seed'
import { tempDir } from '../tests/support/temp'
import type { BenchResult } from './lib'

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

function timeEach(rounds: number, fn: () => unknown): Promise<number[]> {
  return (async () => {
    for (let i = 0; i < 50; i++) await fn()
    const times: number[] = []
    for (let i = 0; i < rounds; i++) {
      const started = process.hrtime.bigint()
      await fn()
      times.push(Number(process.hrtime.bigint() - started) / 1e3)
    }
    return times.sort((a, b) => a - b)
  })()
}

/**
 * With `size` violations in the database, list one person's outstanding violations with late
 * fees through the dispatcher (scope, rules, late fees, contract check), against the raw
 * indexed SQL that fetches the same rows, in the same run.
 */
export async function listingWithLateFees(size = Number(process.env.BENCH_VIOLATIONS ?? 1_000_000)): Promise<BenchResult> {
  const dir = tempDir('lt-bench-')
  const today = new Date('2026-11-25T02:00:00Z')
  const seeding = Date.now()
  const db = await openDatabase({ file: join(dir.path, 'terminal.sqlite') })
  seedDemo(db, { seed: 20251125, violations: size, today })
  db.close()
  const seededIn = (Date.now() - seeding) / 1000

  const app = await createTerminalApp({ dataDir: dir.path, now: () => today })
  const raw = app.db.raw
  // The person with the most records on their licence: the heaviest ordinary listing.
  const person = raw
    .prepare(`SELECT c.id, c.id_number AS idNumber, l.id AS licenceId, l.file_number AS fileNumber FROM licences l JOIN citizens c ON c.id = l.citizen_id
              ORDER BY (SELECT count(*) FROM violations v WHERE v.licence_id = l.id) DESC LIMIT 1`)
    .get() as { id: string; idNumber: string; licenceId: string; fileNumber: string }
  const session = app.sessions.create()
  const registered = await app.dispatcher.call(session, 'auth.registerCitizen', { route: 'licence', idNumber: person.idNumber, licenceFileNumber: person.fileNumber, phone: '13999999999', password: 'Bench-Pass9' })
  if (!registered.ok) throw new Error(JSON.stringify(registered))
  const vehicles = raw.prepare('SELECT id, plate, vin FROM vehicles WHERE owner_citizen_id = ?').all(person.id) as { id: string; plate: string; vin: string }[]
  for (const v of vehicles) await app.dispatcher.call(session, 'me.bindVehicle', { plate: v.plate, vinLastSix: v.vin.slice(-6) })

  const listed = await app.dispatcher.call(session, 'violations.list', {})
  if (!listed.ok) throw new Error(JSON.stringify(listed))
  const rows = (listed.value as { items: unknown[] }).items.length

  const byLicence = raw.prepare(`SELECT * FROM violations WHERE licence_id = ? AND state IN ('unhandled','unpaid','paying')`)
  const byVehicles = raw.prepare(`SELECT * FROM violations WHERE vehicle_id IN (${vehicles.map(() => '?').join(',') || 'NULL'}) AND state IN ('unhandled','unpaid','paying')`)
  const vehicleIds = vehicles.map((v) => v.id)
  const rawTimes = await timeEach(2000, () => {
    byLicence.all(person.licenceId)
    byVehicles.all(...vehicleIds)
  })
  const dispatcherTimes = await timeEach(2000, () => app.dispatcher.call(session, 'violations.list', {}))
  app.close()
  dir.remove()

  const rawP50 = percentile(rawTimes, 50)
  const p50 = percentile(dispatcherTimes, 50)
  const p99 = percentile(dispatcherTimes, 99)
  return {
    name: `one person's outstanding violations with late fees (${size.toLocaleString('en')} violations in the database)`,
    detail: `${rows} rows, ${vehicles.length} vehicles; dispatcher p50 ${p50.toFixed(0)} µs, p99 ${p99.toFixed(0)} µs; raw indexed SQL p50 ${rawP50.toFixed(0)} µs, p99 ${percentile(rawTimes, 99).toFixed(0)} µs; ratio = raw p50 / dispatcher p50 (seeded in ${seededIn.toFixed(0)} s)`,
    ratio: rawP50 / p50,
    target: { min: 0.5 }
  }
}
