import { sql, type Insertable } from 'kysely'
import { DEFAULT_BATCH_SIZE, generateDemo, type DemoTable } from '../db/demo/generate'
import { PROVINCE_PARTITION, type ReplicatedEntity } from '../src-shared/sync/entities'
import type { CentralDatabase } from './db'
import type { ChangesTable, RecordsTable } from './schema'
import { SHANDONG_OFFICES } from '../src-shared/domain/offices'
import { citizenOf, entityOf, putRecord, rowObject, rowText, writeTransaction } from './store'
import { demoLearnerRows } from '../db/demo/learners'
import { chinaDateOf } from '../src-shared/domain/civil-date'

export interface CentralSeedOptions {
  readonly violations: number
  readonly seed?: number
  /** The demo's today (China date or instant); the same seed, size and today give the terminal's demo rows. */
  readonly today: Date | string
  readonly batchSize?: number
  readonly onProgress?: (counts: Readonly<Record<DemoTable, number>>, table: DemoTable) => void
}

export const DEMO_SEED = 20251125
/** Rows per INSERT statement: 6 parameters a row stays under SQLite's 32,766 and PostgreSQL's 65,535. */
const ROWS_PER_STATEMENT = 2000

/**
 * Load the demo data set into an empty central database as records plus one change each.
 * The per-row path (putRecord) would cost several statements a row; here each batch is one
 * transaction of multi-row inserts with the seqs assigned up front, which is what makes a
 * million violations a matter of a minute rather than an hour.
 */
export async function seedCentralDemo(central: CentralDatabase, options: CentralSeedOptions): Promise<Record<DemoTable | 'learner_permits' | 'exam_attempts', number>> {
  const counts: Record<DemoTable, number> = { offices: 0, exam_regions: 0, exam_venues: 0, exam_plans: 0, exam_sessions: 0, citizens: 0, licences: 0, vehicles: 0, violations: 0 }
  // Parents' partitions, learnt as they stream past (regions and plans come before venues and sessions).
  const partitions = new Map<string, string>()
  const at = new Date().toISOString()
  const demo = generateDemo({ seed: options.seed ?? DEMO_SEED, violations: options.violations, today: options.today }, options.batchSize ?? DEFAULT_BATCH_SIZE)
  for (const batch of demo) {
    const entity = entityOf(batch.table)
    await writeTransaction(central, async (trx) => {
      const start = await trx.selectFrom('changes').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirst()
      let seq = Number(start?.seq ?? 0)
      const records: RecordsTable[] = []
      const changes: Insertable<ChangesTable>[] = []
      for (const row of batch.rows as Record<string, unknown>[]) {
        const key = String(row[entity.key])
        const partition = partitionOfSeeded(entity, row, partitions)
        if (entity.name === 'exam_regions' || entity.name === 'exam_plans') partitions.set(`${entity.name}:${key}`, partition)
        const text = rowText(entity, row)
        seq += 1
        records.push({ entity: entity.name, key, partition, row: text, updated_seq: seq, citizen_id: citizenOf(entity, row) })
        changes.push({ seq, partition, entity: entity.name, key, row: text, at })
      }
      for (let offset = 0; offset < records.length; offset += ROWS_PER_STATEMENT) {
        await trx.insertInto('records').values(records.slice(offset, offset + ROWS_PER_STATEMENT)).execute()
        await trx.insertInto('changes').values(changes.slice(offset, offset + ROWS_PER_STATEMENT)).execute()
      }
      // Explicit seqs bypass bigserial; move the sequence past them (SQLite's AUTOINCREMENT follows by itself).
      if (central.dialect === 'postgres' && seq > 0) await sql`select setval(pg_get_serial_sequence('changes', 'seq'), ${seq})`.execute(trx)
    })
    counts[batch.table] += batch.rows.length
    options.onProgress?.(counts, batch.table)
  }
  return { ...counts, ...(await seedCentralLearners(central, options.today)) }
}

/** Learners the demo central service starts with, at most this many. */
const DEMO_LEARNERS = 600

/**
 * Demo learners for the central service (db/demo/learners.ts, as a demo terminal makes its
 * own): citizens without a licence, each at the office of the city their ID number was issued
 * in, so every office's kiosks have applicants to book its exam plans.
 */
async function seedCentralLearners(central: CentralDatabase, today: Date | string): Promise<{ learner_permits: number; exam_attempts: number }> {
  const citizens = (await central.db.selectFrom('records').select('row').where('entity', '=', 'citizens').orderBy('key').limit(DEMO_LEARNERS * 4).execute()).map((record) =>
    rowObject(entityOf('citizens'), record.row)
  )
  const holders = new Set<string>()
  for (let offset = 0; offset < citizens.length; offset += 1000) {
    const ids = citizens.slice(offset, offset + 1000).map((citizen) => String(citizen.id))
    const licences = await central.db.selectFrom('records').select('citizen_id').where('entity', '=', 'licences').where('citizen_id', 'in', ids).execute()
    for (const licence of licences) if (licence.citizen_id) holders.add(licence.citizen_id)
  }
  const offices = new Set(SHANDONG_OFFICES.map((office) => office.code))
  const candidates = citizens
    .filter((citizen) => !holders.has(String(citizen.id)) && offices.has(`${String(citizen.id_number).slice(0, 4)}00`))
    .slice(0, DEMO_LEARNERS)
    .map((citizen) => ({ id: String(citizen.id), birth_date: String(citizen.birth_date), office_code: `${String(citizen.id_number).slice(0, 4)}00` }))
  const day = typeof today === 'string' ? (today.length === 10 ? today : chinaDateOf(new Date(today))) : chinaDateOf(today)
  const { permits, attempts } = demoLearnerRows(candidates, day)
  const at = new Date().toISOString()
  await writeTransaction(central, async (trx) => {
    for (const permit of permits) await putRecord(trx, 'learner_permits', permit.citizen_id, { ...permit }, at)
    for (const attempt of attempts) await putRecord(trx, 'exam_attempts', attempt.id, { ...attempt }, at)
  })
  return { learner_permits: permits.length, exam_attempts: attempts.length }
}

function partitionOfSeeded(entity: ReplicatedEntity, row: Record<string, unknown>, parents: ReadonlyMap<string, string>): string {
  const rule = entity.partition
  if (rule.kind === 'province') return PROVINCE_PARTITION
  if (rule.kind === 'office') return String(row.office_code)
  const partition = parents.get(`${rule.entity}:${String(row[rule.column])}`)
  if (partition === undefined) throw new Error(`${entity.name} ${String(row[entity.key])}: parent not seeded`)
  return partition
}

/** True while the central database holds no records: the moment the CLI may seed demo data. */
export async function hasNoRecords(central: CentralDatabase): Promise<boolean> {
  return (await central.db.selectFrom('records').select('key').limit(1).executeTakeFirst()) === undefined
}

/**
 * Offices are reference data every terminal carries (`province` partition), demo or not: a
 * central service started without demo data still publishes them, or every terminal's
 * province checksum would disagree with an empty central set.
 */
export async function ensureCentralOffices(central: CentralDatabase): Promise<number> {
  const existing = new Set((await central.db.selectFrom('records').select('key').where('entity', '=', 'offices').execute()).map((row) => row.key))
  const missing = SHANDONG_OFFICES.filter((office) => !existing.has(office.code))
  if (missing.length === 0) return 0
  const at = new Date().toISOString()
  await writeTransaction(central, async (trx) => {
    for (const office of missing) {
      await putRecord(trx, 'offices', office.code, { code: office.code, plate_prefix: office.platePrefix, division_code: office.divisionCode, city: office.city, name: office.name }, at)
    }
  })
  return missing.length
}
