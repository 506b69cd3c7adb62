import { sql, type Kysely, type Transaction } from 'kysely'
import { ENTITY_BY_NAME, PROVINCE_PARTITION, type ReplicatedEntity, type RowObject, type RowValue } from '../src-shared/sync/entities'
import type { CentralDatabase } from './db'
import type { CentralDB } from './schema'

export type CentralTrx = Transaction<CentralDB> | Kysely<CentralDB>

/**
 * Key of the PostgreSQL advisory lock every write transaction holds. bigserial hands out seqs
 * when rows are inserted, not when they commit: without the lock, transaction A could take
 * seq 41, B seq 42, B commit first, and a terminal pulling "after 40" would see 42, store
 * cursor 42 and never see 41. Holding one lock until commit makes seqs commit in order.
 * SQLite needs nothing: Kysely runs its transactions one at a time on a single connection.
 */
export const WRITE_LOCK_KEY = 7370100

export async function writeTransaction<T>(central: CentralDatabase, work: (trx: Transaction<CentralDB>) => Promise<T>): Promise<T> {
  return central.db.transaction().execute(async (trx) => {
    if (central.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${sql.lit(WRITE_LOCK_KEY)})`.execute(trx)
    return work(trx)
  })
}

export function entityOf(name: string): ReplicatedEntity {
  const entity = ENTITY_BY_NAME.get(name)
  if (!entity) throw new RangeError(`not a replicated entity: ${name}`)
  return entity
}

/** The stored text of a row: its values in the entity's column order, a missing column as null. */
export function rowText(entity: ReplicatedEntity, row: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(entity.columns.map((column) => (row[column] === undefined ? null : row[column])))
}

export function rowObject(entity: ReplicatedEntity, text: string): RowObject {
  const values = JSON.parse(text) as RowValue[]
  const row: RowObject = {}
  entity.columns.forEach((column, index) => {
    row[column] = values[index] ?? null
  })
  return row
}

/** Owner column per entity, copied to records.citizen_id. */
const CITIZEN_COLUMN: Readonly<Record<string, string>> = {
  licences: 'citizen_id', vehicles: 'owner_citizen_id', accounts: 'citizen_id',
  learner_permits: 'citizen_id',
  exam_attempts: 'citizen_id',
  exam_bookings: 'citizen_id',
  service_applications: 'citizen_id',
  plate_reservations: 'citizen_id'
}

export function citizenOf(entity: ReplicatedEntity, row: Readonly<Record<string, unknown>>): string | null {
  const column = CITIZEN_COLUMN[entity.name]
  const value = column === undefined ? null : row[column]
  return typeof value === 'string' ? value : null
}

export async function getRecord(trx: CentralTrx, entityName: string, key: string): Promise<{ row: RowObject; partition: string } | undefined> {
  const found = await trx.selectFrom('records').select(['row', 'partition']).where('entity', '=', entityName).where('key', '=', key).executeTakeFirst()
  return found && { row: rowObject(entityOf(entityName), found.row), partition: found.partition }
}

/** The partition a row belongs to; a child of an unknown parent is refused rather than guessed. */
export async function partitionOf(trx: CentralTrx, entity: ReplicatedEntity, row: Readonly<Record<string, unknown>>): Promise<string> {
  const rule = entity.partition
  if (rule.kind === 'province') return PROVINCE_PARTITION
  if (rule.kind === 'office') return String(row.office_code)
  const parent = await trx
    .selectFrom('records')
    .select('partition')
    .where('entity', '=', rule.entity)
    .where('key', '=', String(row[rule.column]))
    .executeTakeFirst()
  if (!parent) throw new Error(`${entity.name} ${String(row[entity.key])}: parent ${rule.entity} ${String(row[rule.column])} is unknown`)
  return parent.partition
}

async function appendChange(trx: CentralTrx, change: { partition: string; entity: string; key: string; row: string | null; at: string }): Promise<number> {
  const { seq } = await trx.insertInto('changes').values(change).returning('seq').executeTakeFirstOrThrow()
  return seq
}

/**
 * Write a record and its change in the caller's transaction (the write and the change feed
 * must never disagree). A row that moves to another partition leaves a delete behind, so
 * terminals of the old partition drop their copy.
 */
export async function putRecord(trx: CentralTrx, entityName: string, key: string, row: Readonly<Record<string, unknown>>, at: string): Promise<number> {
  const entity = entityOf(entityName)
  const partition = await partitionOf(trx, entity, row)
  const text = rowText(entity, { ...row, [entity.key]: key })
  const citizen_id = citizenOf(entity, row)
  const previous = await trx.selectFrom('records').select('partition').where('entity', '=', entityName).where('key', '=', key).executeTakeFirst()
  if (previous && previous.partition !== partition) await appendChange(trx, { partition: previous.partition, entity: entityName, key, row: null, at })
  const seq = await appendChange(trx, { partition, entity: entityName, key, row: text, at })
  await trx
    .insertInto('records')
    .values({ entity: entityName, key, partition, row: text, updated_seq: seq, citizen_id })
    .onConflict((conflict) => conflict.columns(['entity', 'key']).doUpdateSet({ partition, row: text, updated_seq: seq, citizen_id }))
    .execute()
  return seq
}

/**
 * Delete a record and publish the deletion (a change with a null row) in the partition it was
 * in, so every terminal holding it drops its copy on its next pull. Returns null when there
 * was nothing to delete.
 */
export async function deleteRecord(trx: CentralTrx, entityName: string, key: string, at: string): Promise<number | null> {
  entityOf(entityName)
  const previous = await trx.selectFrom('records').select('partition').where('entity', '=', entityName).where('key', '=', key).executeTakeFirst()
  if (!previous) return null
  const seq = await appendChange(trx, { partition: previous.partition, entity: entityName, key, row: null, at })
  await trx.deleteFrom('records').where('entity', '=', entityName).where('key', '=', key).execute()
  return seq
}

/**
 * Publish a record again unchanged. After a rejection the terminal holds its own optimistic
 * version of the row; a fresh change with the authoritative row makes it converge on its
 * next pull even though its cursor is past the row's last real change.
 */
export async function republish(trx: CentralTrx, entityName: string, key: string, at: string): Promise<number | null> {
  const record = await trx.selectFrom('records').select(['partition', 'row']).where('entity', '=', entityName).where('key', '=', key).executeTakeFirst()
  if (!record) return null
  const seq = await appendChange(trx, { partition: record.partition, entity: entityName, key, row: record.row, at })
  await trx.updateTable('records').set({ updated_seq: seq }).where('entity', '=', entityName).where('key', '=', key).execute()
  return seq
}

/**
 * After refusing a command, make the terminals of `partition` converge on the central state of
 * one row: the authoritative row again when there is one, or a deletion when the row exists
 * only on the terminal that wrote it (a refused booking or result), so that terminal drops its
 * optimistic copy on the next pull instead of waiting for a checksum repair.
 */
export async function restoreAuthoritative(trx: CentralTrx, entityName: string, key: string, partition: string, at: string): Promise<number> {
  entityOf(entityName)
  const republished = await republish(trx, entityName, key, at)
  if (republished !== null) return republished
  return appendChange(trx, { partition, entity: entityName, key, row: null, at })
}

/** Highest change seq of a partition, 0 before its first change. */
export async function partitionHead(trx: CentralTrx, partition: string): Promise<number> {
  const found = await trx.selectFrom('changes').select((eb) => eb.fn.max('seq').as('head')).where('partition', '=', partition).executeTakeFirst()
  return Number(found?.head ?? 0)
}
