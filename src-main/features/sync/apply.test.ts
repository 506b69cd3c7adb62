import { describe, expect, it } from 'vitest'
import { openDatabase, type AppDatabase } from '../../core/database'
import { ensureOffices } from '../../app/terminal'
import { ENTITY_BY_NAME } from '../../../src-shared/sync/entities'
import { seedDemo } from '../../../db/demo/seed'
import { applyPullPage, applySnapshotPage, localChecksum, RowWriter } from './apply'
import type { PullPage, SnapshotPage } from './client'

const VIOLATION_COLUMNS = ENTITY_BY_NAME.get('violations')!.columns

async function demoDb(): Promise<AppDatabase> {
  const db = await openDatabase({ file: ':memory:' })
  ensureOffices(db)
  seedDemo(db, { seed: 7, violations: 1500, today: new Date('2026-11-25T02:00:00Z') })
  db.run(db.kysely.insertInto('sync_partitions').values({ partition: '370100' }))
  return db
}

function violationRow(db: AppDatabase, where = "state = 'unpaid' AND office_code = '370100'") {
  return db.raw.prepare(`SELECT ${VIOLATION_COLUMNS.join(', ')} FROM violations WHERE ${where} ORDER BY id LIMIT 1`).get() as Record<string, string | number | null>
}

function page(changes: PullPage['changes'], columns: Record<string, string[]>, next: number): PullPage {
  return { partition: '370100', columns, changes, next, head: next, hasMore: false, schemaVersion: 1, serverTime: new Date().toISOString() }
}

describe('applying pulled pages', () => {
  it('writes a page and its cursor together', async () => {
    const db = await demoDb()
    const row = violationRow(db)
    const values = VIOLATION_COLUMNS.map((c) => (c === 'place' ? '济南市历下区经十路' : row[c]!))
    applyPullPage(db, new RowWriter(db), page([{ seq: 5, entity: 'violations', key: String(row.id), row: values }], { violations: [...VIOLATION_COLUMNS] }, 5))
    expect(violationRow(db, `id = '${row.id}'`).place).toBe('济南市历下区经十路')
    expect(db.first(db.kysely.selectFrom('sync_partitions').select(['cursor', 'head']))).toEqual({ cursor: 5, head: 5 })
  })

  it('handles a schema difference: unknown columns are dropped, missing ones keep their local value', async () => {
    const db = await demoDb()
    const row = violationRow(db)
    // A newer central schema: an extra column, and no `place` column at all.
    const theirs = [...VIOLATION_COLUMNS.filter((c) => c !== 'place'), 'camera_serial']
    const values = theirs.map((c) => (c === 'camera_serial' ? 'SD-0042' : c === 'fine_fen' ? 10_000 : row[c]!))
    const outcome = applyPullPage(db, new RowWriter(db), page([{ seq: 9, entity: 'violations', key: String(row.id), row: values }, { seq: 10, entity: 'parking_zones', key: 'z1', row: ['z1'] }], { violations: theirs, parking_zones: ['id'] }, 10))
    expect(outcome).toEqual({ applied: 1, skipped: 1 })
    const after = violationRow(db, `id = '${row.id}'`)
    expect(after.fine_fen).toBe(10_000)
    expect(after.place).toBe(row.place)
  })

  it('never moves a record paid here back to unpaid from a change pulled before the confirmation', async () => {
    const db = await demoDb()
    const row = violationRow(db)
    db.raw.prepare(`UPDATE violations SET state = 'paid', paid_at = '2026-11-25T02:00:00Z' WHERE id = ?`).run(row.id)
    const stale = VIOLATION_COLUMNS.map((c) => row[c]!)
    applyPullPage(db, new RowWriter(db), page([{ seq: 11, entity: 'violations', key: String(row.id), row: stale }], { violations: [...VIOLATION_COLUMNS] }, 11))
    expect(violationRow(db, `id = '${row.id}'`).state).toBe('paid')
    const confirmed = VIOLATION_COLUMNS.map((c) => (c === 'state' ? 'confirmed' : row[c]!))
    applyPullPage(db, new RowWriter(db), page([{ seq: 12, entity: 'violations', key: String(row.id), row: confirmed }], { violations: [...VIOLATION_COLUMNS] }, 12))
    expect(violationRow(db, `id = '${row.id}'`).state).toBe('confirmed')
  })

  it('skips malformed rows instead of writing them', async () => {
    const db = await demoDb()
    const row = violationRow(db)
    const outcome = applyPullPage(db, new RowWriter(db), page([{ seq: 3, entity: 'violations', key: String(row.id), row: [{ nested: true }] }], { violations: [...VIOLATION_COLUMNS] }, 3))
    expect(outcome.skipped).toBe(1)
    expect(violationRow(db, `id = '${row.id}'`)).toEqual(row)
  })

  it('a repair snapshot removes the rows the central service no longer has, in that partition only', async () => {
    const db = await demoDb()
    const keep = db.raw.prepare(`SELECT ${VIOLATION_COLUMNS.join(', ')} FROM violations WHERE office_code = '370100' ORDER BY id`).all() as Record<string, string | number | null>[]
    const elsewhere = Number((db.raw.prepare(`SELECT count(*) AS n FROM violations WHERE office_code <> '370100'`).get() as { n: number }).n)
    expect(keep.length).toBeGreaterThan(2)
    db.run(db.kysely.updateTable('sync_partitions').set({ snapshot_state: 'repair' }))
    const snapshot: SnapshotPage = {
      partition: '370100',
      asOf: 40,
      entity: 'violations',
      columns: [...VIOLATION_COLUMNS],
      rows: keep.slice(1).map((r) => VIOLATION_COLUMNS.map((c) => r[c]!)),
      next: null,
      schemaVersion: 1,
      serverTime: new Date().toISOString()
    }
    applySnapshotPage(db, new RowWriter(db), snapshot, true)
    const left = db.raw.prepare(`SELECT id FROM violations WHERE office_code = '370100'`).all() as { id: string }[]
    expect(left.map((r) => r.id).sort()).toEqual(keep.slice(1).map((r) => r.id).sort())
    expect(Number((db.raw.prepare(`SELECT count(*) AS n FROM violations WHERE office_code <> '370100'`).get() as { n: number }).n)).toBe(elsewhere)
    expect(db.first(db.kysely.selectFrom('sync_partitions').select(['cursor', 'snapshot_state']))).toEqual({ cursor: 40, snapshot_state: null })
    expect(db.all(db.kysely.selectFrom('sync_snapshot_seen').selectAll())).toHaveLength(0)
  })
})

describe('unique values claimed by central rows', () => {
  it('let the local row give way instead of failing the page', async () => {
    const db = await demoDb()
    const columns = [...ENTITY_BY_NAME.get('vehicles')!.columns]
    const local = db.raw.prepare(`SELECT ${columns.join(', ')} FROM vehicles WHERE office_code = '370100' ORDER BY id LIMIT 1`).get() as Record<string, string | number | null>
    // The central service gives the plate to another vehicle record (re-registered under a new id).
    const incoming = columns.map((c) => (c === 'id' ? 'vehicle-central-1' : c === 'vin' ? 'LSVAU2180N2000001' : local[c]!))
    const writer = new RowWriter(db)
    const outcome = applyPullPage(db, writer, page([{ seq: 21, entity: 'vehicles', key: 'vehicle-central-1', row: incoming }], { vehicles: columns }, 21))
    expect(outcome).toEqual({ applied: 1, skipped: 0 })
    expect(writer.displaced).toBe(1)
    expect(db.raw.prepare('SELECT id FROM vehicles WHERE plate = ?').all(local.plate)).toEqual([{ id: 'vehicle-central-1' }])
  })

  it('skip a row this schema cannot hold, without stopping the partition', async () => {
    const db = await demoDb()
    const columns = [...ENTITY_BY_NAME.get('violations')!.columns]
    const row = violationRow(db)
    const broken = columns.map((c) => (c === 'points' ? 5 : row[c]!))
    expect(applyPullPage(db, new RowWriter(db), page([{ seq: 22, entity: 'violations', key: String(row.id), row: broken }], { violations: columns }, 22))).toEqual({ applied: 0, skipped: 1 })
    expect(violationRow(db, `id = '${row.id}'`)).toEqual(row)
    expect(db.first(db.kysely.selectFrom('sync_partitions').select('cursor'))).toEqual({ cursor: 22 })
  })
})

describe('partition checksums', () => {
  it('do not depend on row order and change when one value changes', async () => {
    const db = await demoDb()
    const before = await localChecksum(db, '370100', () => true, 7)
    const again = await localChecksum(db, '370100', () => true, 1000)
    expect(again).toEqual(before)
    db.raw.prepare(`UPDATE violations SET fine_fen = fine_fen + 1 WHERE id = (SELECT id FROM violations WHERE office_code = '370100' ORDER BY id LIMIT 1)`).run()
    const after = await localChecksum(db, '370100', () => true)
    expect(after!.violations!.count).toBe(before!.violations!.count)
    expect(after!.violations!.sum).not.toBe(before!.violations!.sum)
    expect(after!.vehicles).toEqual(before!.vehicles)
  })

  it('give up when the data changes midway', async () => {
    const db = await demoDb()
    expect(await localChecksum(db, '370100', () => false, 5)).toBeNull()
  })
})
