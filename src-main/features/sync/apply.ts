import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import type { AppDatabase } from '../../core/database'
import {
  ChecksumAccumulator,
  ENTITY_BY_NAME,
  PROVINCE_PARTITION,
  REPLICATED_ENTITIES,
  canonicalRow,
  sharedColumns,
  type ReplicatedEntity
} from '../../../src-shared/sync/entities'
import type { PullPage, SnapshotPage } from './client'

/**
 * Writing pulled rows into the terminal's tables. The central service is the authority for
 * referential integrity: a partition may hold a violation whose vehicle lives in a partition
 * this terminal does not carry, so foreign keys are not enforced while a page is applied.
 * (`PRAGMA foreign_keys` cannot change inside a transaction, hence the wrapper.)
 */
export function withForeignKeysOff<T>(db: AppDatabase, fn: () => T): T {
  db.raw.pragma('foreign_keys = OFF')
  try {
    return db.transaction(fn)
  } finally {
    db.raw.pragma('foreign_keys = ON')
  }
}

/**
 * Violation states a terminal reaches on its own and the central service confirms later. A
 * change pulled before the confirmation arrives must not move such a record back to unpaid,
 * or it could be paid a second time in the meantime; the confirmation (or, for a payment the
 * central service refused, the republished authoritative row) follows in a later change.
 * Snapshots (first sync and repairs) are authoritative and skip this guard, and so does a
 * record whose payment the central service has refused (`sync_released`, migration 0011).
 */
const NO_REGRESSION = `WHERE NOT (violations.state IN ('paying','paid','confirmed') AND excluded.state IN ('unhandled','unpaid'))
  OR (violations.state <> 'paying' AND violations.id IN (SELECT violation_id FROM sync_released))`

type Value = string | number | null

function isRow(value: unknown, width: number): value is Value[] {
  if (!Array.isArray(value) || value.length !== width) return false
  for (const cell of value) if (cell !== null && typeof cell !== 'string' && typeof cell !== 'number') return false
  return true
}

interface WritePlan {
  positions: number[]
  keyAt: number
  /** Every column of ours arrived: one upsert. */
  upsert: Database.Statement | null
  /** Some of ours are missing (an older central schema): update what arrived, insert if new. */
  update: Database.Statement | null
  insert: Database.Statement | null
  /** Position of `state` in the sent row, for the no-regression guard of a partial update. */
  stateAt: number
  /** The sender's header is ours exactly: rows are bound as they arrive. */
  sameOrder: boolean
}

/** Prepared writes per entity and column header, so a page costs one statement per row. */
export class RowWriter {
  private readonly plans = new Map<string, WritePlan>()
  private readonly deletes = new Map<string, Database.Statement>()

  constructor(private readonly db: AppDatabase) {}

  /** Local rows removed because a central row claimed their unique value (see `displace`). */
  displaced = 0

  /** Write a row given under the central service's column header; false when it cannot be written. */
  upsert(entity: ReplicatedEntity, theirColumns: readonly string[], row: unknown, guarded: boolean): boolean {
    if (!isRow(row, theirColumns.length)) return false
    try {
      try {
        return this.write(entity, theirColumns, row, guarded)
      } catch (error) {
        if (!this.displace(entity, theirColumns, row, error)) throw error
        return this.write(entity, theirColumns, row, guarded)
      }
    } catch (error) {
      // A row this terminal's schema cannot hold (a CHECK it fails) is skipped and counted, not
      // allowed to stop the partition: the checksum then shows the difference to the admin.
      if (/^SQLITE_CONSTRAINT/.test(String((error as { code?: string }).code))) return false
      throw error
    }
  }

  /**
   * The central service is the authority: when a pulled row collides on a unique value (a
   * plate, an ID number) with a different local row, the local row gives way instead of the
   * page failing on every retry and sync stalling for good. The column comes from SQLite's own
   * message ("UNIQUE constraint failed: vehicles.plate"); anything else is not handled here.
   */
  private displace(entity: ReplicatedEntity, theirColumns: readonly string[], row: Value[], error: unknown): boolean {
    if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') return false
    const match = /UNIQUE constraint failed: (.+)$/.exec((error as Error).message)
    if (!match) return false
    const columns = match[1]!.split(',').map((part) => part.trim().split('.'))
    if (columns.some(([table, column]) => table !== entity.name || !column || !theirColumns.includes(column) || column === entity.key)) return false
    const names = columns.map(([, column]) => column!)
    const where = `${names.map((name) => `${name} = ?`).join(' AND ')} AND ${entity.key} <> ?${entity.localFilter ? ` AND ${entity.localFilter}` : ''}`
    const params = [...names.map((name) => row[theirColumns.indexOf(name)]), row[theirColumns.indexOf(entity.key)]]
    // What hangs from the displaced row locally (a refused account's bindings) goes with it.
    for (const dependent of entity.dependents ?? []) {
      this.db.prepare(`DELETE FROM ${dependent.table} WHERE ${dependent.column} IN (SELECT ${entity.key} FROM ${entity.name} WHERE ${where})`).run(...params)
    }
    const removed = this.db.prepare(`DELETE FROM ${entity.name} WHERE ${where}`).run(...params).changes
    this.displaced += removed
    return removed > 0
  }

  private write(entity: ReplicatedEntity, theirColumns: readonly string[], row: Value[], guarded: boolean): boolean {
    const plan = this.plan(entity, theirColumns, guarded)
    if (plan.keyAt < 0 || typeof row[plan.keyAt] !== 'string') return false
    if (plan.upsert) {
      plan.upsert.run(plan.sameOrder ? row : plan.positions.map((position) => row[position]))
      return true
    }
    const values = plan.positions.map((position) => row[position])
    const updateValues = [...values.filter((_, i) => plan.positions[i] !== plan.keyAt), row[plan.keyAt], ...(plan.stateAt >= 0 ? [row[plan.stateAt]] : [])]
    if (plan.update && plan.update.run(updateValues).changes > 0) return true
    try {
      plan.insert!.run(values)
      return true
    } catch (error) {
      // A new row without a column this terminal requires cannot be stored until both schemas agree.
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_NOTNULL') return false
      throw error
    }
  }

  delete(entity: ReplicatedEntity, key: string): void {
    let statement = this.deletes.get(entity.name)
    if (!statement) {
      statement = this.db.prepare(`DELETE FROM ${entity.name} WHERE ${entity.key} = ?`)
      this.deletes.set(entity.name, statement)
    }
    statement.run(key)
  }

  private plan(entity: ReplicatedEntity, theirColumns: readonly string[], guarded: boolean): WritePlan {
    const id = `${entity.name}|${guarded ? 1 : 0}|${theirColumns.join(',')}`
    let plan = this.plans.get(id)
    if (!plan) {
      // Only columns this terminal knows are written (names from our own list, never from the wire).
      const { columns, positions } = sharedColumns(theirColumns, entity.columns)
      const guard = guarded && entity.name === 'violations'
      const insert = `INSERT INTO ${entity.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
      const updates = columns.filter((column) => column !== entity.key).map((column) => `${column} = excluded.${column}`)
      const stateAt = guard ? theirColumns.indexOf('state') : -1
      if (columns.length === entity.columns.length) {
        const conflict = updates.length ? `DO UPDATE SET ${updates.join(', ')}${guard ? ` ${NO_REGRESSION}` : ''}` : 'DO NOTHING'
        const sameOrder = theirColumns.length === columns.length && positions.every((position, i) => position === i)
        plan = { positions, keyAt: theirColumns.indexOf(entity.key), upsert: this.db.prepare(`${insert} ON CONFLICT(${entity.key}) ${conflict}`), update: null, insert: null, stateAt, sameOrder }
      } else {
        const sets = columns.filter((column) => column !== entity.key).map((column) => `${column} = ?`)
        const regression =
          stateAt >= 0
            ? ` AND (NOT (state IN ('paying','paid','confirmed') AND ? IN ('unhandled','unpaid')) OR (state <> 'paying' AND id IN (SELECT violation_id FROM sync_released)))`
            : ''
        plan = {
          positions,
          keyAt: theirColumns.indexOf(entity.key),
          upsert: null,
          update: sets.length ? this.db.prepare(`UPDATE ${entity.name} SET ${sets.join(', ')} WHERE ${entity.key} = ?${regression}`) : null,
          insert: this.db.prepare(`${insert} ON CONFLICT(${entity.key}) DO NOTHING`),
          stateAt,
          sameOrder: false
        }
      }
      this.plans.set(id, plan)
    }
    return plan
  }
}

export interface ApplyOutcome {
  applied: number
  /** Rows of entities or shapes this terminal does not know (a newer central schema). */
  skipped: number
}

/** Apply one page of changes and move the partition's cursor, in one transaction. */
export function applyPullPage(db: AppDatabase, writer: RowWriter, page: PullPage): ApplyOutcome {
  let applied = 0
  let skipped = 0
  withForeignKeysOff(db, () => {
    for (const change of page.changes) {
      const entity = ENTITY_BY_NAME.get(change.entity)
      const columns = page.columns[change.entity]
      if (!entity) {
        skipped++
        continue
      }
      if (change.row === null) writer.delete(entity, change.key)
      else if (!columns || !writer.upsert(entity, columns, change.row, true)) {
        skipped++
        continue
      }
      applied++
    }
    db.run(db.kysely.updateTable('sync_partitions').set({ cursor: page.next, head: page.head }).where('partition', '=', page.partition))
  })
  return { applied, skipped }
}

/**
 * Apply one snapshot page and record where the snapshot stands, in one transaction, so a
 * crash resumes at the next page. A repair also notes each key it met; `finishRepair` then
 * removes the partition's rows the central service no longer has.
 */
export function applySnapshotPage(db: AppDatabase, writer: RowWriter, page: SnapshotPage, repair: boolean): ApplyOutcome {
  const entity = ENTITY_BY_NAME.get(page.entity)
  let applied = 0
  let skipped = 0
  withForeignKeysOff(db, () => {
    if (entity) {
      const keyAt = page.columns.indexOf(entity.key)
      const seen = repair ? db.prepare('INSERT OR IGNORE INTO sync_snapshot_seen (partition, entity, key) VALUES (?, ?, ?)') : null
      for (const row of page.rows) {
        if (!writer.upsert(entity, page.columns, row, false)) {
          skipped++
          continue
        }
        seen?.run(page.partition, entity.name, (row as Value[])[keyAt])
        applied++
      }
    } else skipped += page.rows.length
    if (page.next) {
      db.run(
        db.kysely
          .updateTable('sync_partitions')
          .set({ snapshot_as_of: page.asOf, snapshot_entity: page.next.entity, snapshot_after_key: page.next.afterKey })
          .where('partition', '=', page.partition)
      )
    } else {
      if (repair) finishRepair(db, page.partition)
      db.run(
        db.kysely
          .updateTable('sync_partitions')
          .set({ snapshot_state: null, snapshot_as_of: null, snapshot_entity: null, snapshot_after_key: null, cursor: page.asOf })
          .where('partition', '=', page.partition)
      )
    }
  })
  return { applied, skipped }
}

/** Which entities a partition carries, and the SQL that selects its rows on the terminal. */
export function partitionMembers(partition: string): { entity: ReplicatedEntity; where: string; params: string[] }[] {
  if (partition === PROVINCE_PARTITION) {
    return REPLICATED_ENTITIES.filter((e) => e.partition.kind === 'province').map((entity) => ({ entity, where: entity.localFilter ?? '1 = 1', params: [] }))
  }
  return REPLICATED_ENTITIES.filter((e) => e.partition.kind !== 'province').map((entity) => {
    if (entity.partition.kind === 'parent') {
      const parentKey = ENTITY_BY_NAME.get(entity.partition.entity)!.key
      return { entity, where: `${entity.partition.column} IN (SELECT ${parentKey} FROM ${entity.partition.entity} WHERE office_code = ?)`, params: [partition] }
    }
    return { entity, where: 'office_code = ?', params: [partition] }
  })
}

function finishRepair(db: AppDatabase, partition: string): void {
  for (const { entity, where, params } of partitionMembers(partition)) {
    db.prepare(
      `DELETE FROM ${entity.name} WHERE ${where} AND ${entity.key} NOT IN (SELECT key FROM sync_snapshot_seen WHERE partition = ? AND entity = ?)`
    ).run(...params, partition, entity.name)
  }
  db.prepare('DELETE FROM sync_snapshot_seen WHERE partition = ?').run(partition)
}

export function rowDigest(entity: string, columns: readonly string[], row: Readonly<Record<string, unknown>>): string {
  return createHash('sha256').update(canonicalRow(entity, columns, row)).digest('hex')
}

/**
 * The partition's checksum over this terminal's own rows, per entity, read in key order in
 * chunks that yield to the event loop between them so the terminal stays responsive. Returns
 * null when `stillValid` turns false midway (a local change arrived; verify another time).
 */
export async function localChecksum(
  db: AppDatabase,
  partition: string,
  stillValid: () => boolean,
  chunk = 5000
): Promise<Record<string, { count: number; sum: string }> | null> {
  const result: Record<string, { count: number; sum: string }> = {}
  for (const { entity, where, params } of partitionMembers(partition)) {
    const accumulator = new ChecksumAccumulator()
    const statement = db.prepare(`SELECT ${entity.columns.join(', ')} FROM ${entity.name} WHERE ${where} AND ${entity.key} > ? ORDER BY ${entity.key} LIMIT ${chunk}`)
    let after = ''
    for (;;) {
      const rows = statement.all(...params, after) as Record<string, unknown>[]
      for (const row of rows) accumulator.add(rowDigest(entity.name, entity.columns, row))
      if (rows.length < chunk) break
      after = String(rows[rows.length - 1]![entity.key])
      await new Promise((resolve) => setImmediate(resolve))
      if (!stillValid()) return null
    }
    result[entity.name] = { count: accumulator.count, sum: accumulator.value }
  }
  return stillValid() ? result : null
}

/** The columns this terminal hashes per entity, sent with a checksum request. */
export function checksumColumns(partition: string): Record<string, readonly string[]> {
  return Object.fromEntries(partitionMembers(partition).map(({ entity }) => [entity.name, entity.columns]))
}
