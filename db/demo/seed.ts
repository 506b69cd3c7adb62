import type { Insertable } from 'kysely'
import type { AppDatabase } from '../../src-main/core/database'
import type { DB } from '../schema'
import { DEFAULT_BATCH_SIZE, generateDemo, type DemoBatch, type DemoOptions, type DemoTable } from './generate'

export interface SeedOptions extends DemoOptions {
  readonly batchSize?: number
  /** Called after each committed batch with the rows inserted so far per table. */
  readonly onProgress?: (counts: Readonly<SeedCounts>, table: DemoTable) => void
}

export type SeedCounts = Record<DemoTable, number>

/** The demo tables children first, the order to empty them in. */
export const DEMO_TABLES_CHILDREN_FIRST: readonly DemoTable[] = [
  'exam_sessions',
  'exam_plans',
  'exam_venues',
  'exam_regions',
  'violations',
  'vehicles',
  'licences',
  'citizens'
]

/** True while no citizen exists: the database holds no people data, demo or real. */
export function isEmpty(db: AppDatabase): boolean {
  return db.first(db.kysely.selectFrom('citizens').select('id').limit(1)) === undefined
}

function insertBatch<T extends DemoTable>(db: AppDatabase, batch: { readonly table: T; readonly rows: Insertable<DB[T]>[] }): void {
  db.transaction(() => db.insertMany(batch.table, batch.rows))
}

/**
 * Insert the demo data set, one transaction per batch so a large set neither holds one
 * enormous transaction nor pays a commit per row. Offices are reference data the app may
 * already have loaded (ensureOffices), so only missing ones are added.
 */
export function seedDemo(db: AppDatabase, options: SeedOptions): SeedCounts {
  const counts: SeedCounts = {
    offices: 0,
    exam_regions: 0,
    exam_venues: 0,
    exam_plans: 0,
    exam_sessions: 0,
    citizens: 0,
    licences: 0,
    vehicles: 0,
    violations: 0
  }
  const existingOffices = new Set(db.all(db.kysely.selectFrom('offices').select('code')).map((row) => row.code))
  for (const generated of generateDemo(options, options.batchSize ?? DEFAULT_BATCH_SIZE)) {
    const batch: DemoBatch =
      generated.table === 'offices' ? { table: 'offices', rows: generated.rows.filter((office) => !existingOffices.has(office.code)) } : generated
    insertBatch(db, batch)
    counts[batch.table] += batch.rows.length
    options.onProgress?.(counts, batch.table)
  }
  return counts
}
