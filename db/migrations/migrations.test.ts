import { describe, expect, it } from 'vitest'
import { Migrator } from 'kysely'
import { AppDatabase } from '../../src-main/core/database'
import { migrationProvider, migrations, latestSchemaVersion } from './index'

const names = Object.keys(migrations).sort()

describe('migrations', () => {
  it('are numbered, contiguous and in order', () => {
    names.forEach((name, index) => expect(name.slice(0, 4)).toBe(String(index + 1).padStart(4, '0')))
    expect(latestSchemaVersion).toBe(names.at(-1))
  })

  it('build the whole schema from empty, with STRICT tables and foreign keys on', async () => {
    const db = new AppDatabase(':memory:')
    expect(await db.migrate()).toBe(latestSchemaVersion)
    const tables = db.raw.prepare(`SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'kysely_%'`).all() as { name: string; strict: number }[]
    expect(tables.map((t) => t.name).sort()).toEqual(
      [
        'accounts', 'audit_log', 'bindings', 'citizens', 'day_closes', 'disputes', 'exam_allocations', 'exam_attempts', 'exam_bookings', 'holiday_calendars', 'learner_permits', 'number_ranges', 'payment_journal', 'payment_lines', 'plate_reservations', 'plate_selections', 'receipts', 'service_applications', 'terminal_keys', 'exam_plans', 'exam_regions', 'exam_sessions', 'exam_venues',
        'licences', 'office_exam_settings', 'offices', 'organisations', 'outbox', 'terminal', 'vehicles', 'violations', 'sync_partitions', 'sync_released', 'sync_snapshot_seen', 'sync_state', 'sync_tasks'
      ].sort()
    )
    for (const table of tables) expect(table.strict, table.name).toBe(1)
    expect(db.raw.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.integrityCheck()).toBe('ok')
    // Running again is a no-op.
    expect(await db.migrate()).toBe(latestSchemaVersion)
    db.close()
  })

  it('each migration applies on top of the previous version with data in it', async () => {
    for (let i = 1; i < names.length; i++) {
      const db = new AppDatabase(':memory:')
      const migrator = new Migrator({ db: db.kysely, provider: migrationProvider })
      const previous = await migrator.migrateTo(names[i - 1]!)
      expect(previous.error).toBeUndefined()
      db.raw.prepare(`INSERT INTO offices (code, plate_prefix, division_code, city, name) VALUES ('370100','鲁A','370100','济南市','济南')`).run()
      const next = await migrator.migrateTo(names[i]!)
      expect(next.error, names[i]).toBeUndefined()
      expect(db.raw.prepare(`SELECT count(*) AS n FROM offices`).get()).toEqual({ n: 1 })
      db.close()
    }
  })

  it('0012 carries each calendar year over as one row with sorted date lists; a built-in year loses its local update time', async () => {
    const db = new AppDatabase(':memory:')
    const migrator = new Migrator({ db: db.kysely, provider: migrationProvider })
    expect((await migrator.migrateTo('0011_sync_released')).error).toBeUndefined()
    db.raw.exec(`INSERT INTO holiday_calendar_years VALUES (2026, 'builtin', '2026-03-01T00:00:00.000Z', NULL), (2027, 'admin', '2026-11-20T08:00:00.000Z', 'admin-1'), (2028, 'admin', '2026-11-21T08:00:00.000Z', 'admin-1')`)
    db.raw.exec(`INSERT INTO holiday_calendar_days VALUES ('2026-10-02', 2026, 'holiday'), ('2026-01-01', 2026, 'holiday'), ('2026-01-04', 2026, 'makeup'), ('2027-02-08', 2027, 'holiday'), ('2027-01-01', 2027, 'holiday')`)
    expect((await migrator.migrateTo('0012_central_reference')).error).toBeUndefined()
    expect(db.raw.prepare(`SELECT * FROM holiday_calendars ORDER BY year`).all()).toEqual([
      { year: '2026', holidays: '["2026-01-01","2026-10-02"]', make_up_workdays: '["2026-01-04"]', source: 'builtin', updated_at: null, updated_by: null },
      { year: '2027', holidays: '["2027-01-01","2027-02-08"]', make_up_workdays: '[]', source: 'admin', updated_at: '2026-11-20T08:00:00.000Z', updated_by: 'admin-1' },
      // A year emptied on purpose stays a known year, weekends only.
      { year: '2028', holidays: '[]', make_up_workdays: '[]', source: 'admin', updated_at: '2026-11-21T08:00:00.000Z', updated_by: 'admin-1' }
    ])
    expect(() => db.raw.exec(`INSERT INTO holiday_calendars VALUES ('2029', 'not json', '[]', 'admin', 'x', NULL)`)).toThrow(/CHECK/)
    expect(() => db.raw.exec(`INSERT INTO office_exam_settings VALUES ('370100', 2, 0, 'x', NULL)`)).toThrow(/CHECK/)
    db.close()
  })

  it('enforce the money and state rules of violations', async () => {
    const db = new AppDatabase(':memory:')
    await db.migrate()
    db.raw.exec(`INSERT INTO offices VALUES ('370100','鲁A','370100','济南市','济南')`)
    db.raw.exec(`INSERT INTO vehicles (id, plate, plate_type, vin, owner_citizen_id, vehicle_type, brand, use_nature, registered_on, inspection_due, status, office_code)
                 VALUES ('v1','鲁A12345','02','1M8GDM9AXKP042788',NULL,'K33','x','non_operating','2020-01-01','2026-01-01','normal','370100')`)
    const insert = (vehicle: string | null, fine: number, points: number, state: string, decision: string | null) =>
      db.raw
        .prepare(`INSERT INTO violations (id, kind, record_number, decision_number, plate, vehicle_id, licence_id, occurred_at, place, office_code, code, description, fine_fen, points, state)
                  VALUES (?, 'camera', ?, ?, '鲁A12345', ?, NULL, '2026-01-01T00:00:00Z', 'x', '370100', '1625', 'x', ?, ?, ?)`)
        .run(crypto.randomUUID(), crypto.randomUUID(), decision, vehicle, fine, points, state)
    expect(() => insert('v1', 20000, 6, 'unhandled', null)).not.toThrow()
    expect(() => insert(null, 20000, 6, 'unhandled', null)).toThrow(/CHECK/) // neither vehicle nor licence
    expect(() => insert('v1', -1, 6, 'unhandled', null)).toThrow(/CHECK/) // negative fine
    expect(() => insert('v1', 20000, 2, 'unhandled', null)).toThrow(/CHECK/) // 2 points no longer exist (2022 rules)
    expect(() => insert('v1', 20000, 6, 'unpaid', null)).toThrow(/CHECK/) // decided without a decision number
    expect(() => insert('v1', 20000, 6, 'unhandled', null)).not.toThrow()
    expect(() => insert('nope', 20000, 6, 'unhandled', null)).toThrow(/FOREIGN KEY/)
    db.close()
  })
})
