import Database from 'better-sqlite3'
import { Kysely, Migrator, SqliteDialect, type Compilable, type InsertObject } from 'kysely'
import { mkdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'
import type { DB } from '../../db/schema'
import { latestSchemaVersion, migrationProvider } from '../../db/migrations'

export interface OpenOptions {
  /** Path of the database file, or ':memory:'. */
  file: string
  /** Path to an Electron build of better-sqlite3's addon; the Node build is used when absent. */
  nativeBinding?: string
}

/**
 * The terminal's one database connection.
 *
 * Kysely builds and types the queries; better-sqlite3 runs them synchronously. Running
 * compiled queries synchronously keeps a whole RPC handler inside one real SQLite
 * transaction with nothing able to interleave, and it avoids a promise per row. Kysely's
 * async API over the same connection is used only by the migrator.
 */
export class AppDatabase {
  readonly raw: Database.Database
  readonly kysely: Kysely<DB>
  private readonly statements = new Map<string, Database.Statement>()
  private readonly templates = new Map<string, { statement: Database.Statement; slots: ({ param: string } | { constant: unknown })[] }>()
  private depth = 0

  constructor(readonly file: string, nativeBinding?: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
    this.raw = new Database(file, nativeBinding ? { nativeBinding } : {})
    this.raw.pragma('journal_mode = WAL')
    this.raw.pragma('synchronous = NORMAL')
    this.raw.pragma('foreign_keys = ON')
    this.raw.pragma('busy_timeout = 5000')
    this.kysely = new Kysely<DB>({ dialect: new SqliteDialect({ database: this.raw }) })
  }

  /** The cached prepared statement for some SQL text. */
  prepare(sqlText: string): Database.Statement {
    let statement = this.statements.get(sqlText)
    if (!statement) {
      statement = this.raw.prepare(sqlText)
      this.statements.set(sqlText, statement)
    }
    return statement
  }

  /**
   * A query on a hot path, built and compiled by kysely once per `key` and then only bound:
   * `build` receives stand-ins for the named parameters, and each call binds the real values
   * in their place. Building and compiling a kysely query costs tens of microseconds, which on
   * a listing that runs several queries is most of the call. Keys must name one query shape
   * (an `in` list of a different length is a different shape: put the length in the key).
   */
  template<P extends Record<string, unknown>, R>(key: string, build: (params: P) => Compilable<R>, params: P): { all(): R[]; first(): R | undefined } {
    let template = this.templates.get(key)
    if (!template) {
      const standIns = new Map<unknown, string>()
      const proxy = Object.fromEntries(
        Object.entries(params).map(([name, value]) => {
          if (Array.isArray(value)) {
            return [name, value.map((_, i) => this.standIn(standIns, `${name}[${i}]`))]
          }
          return [name, this.standIn(standIns, name)]
        })
      ) as P
      const { sql, parameters } = build(proxy).compile()
      const slots = parameters.map((value) => (standIns.has(value) ? { param: standIns.get(value)! } : { constant: value }))
      template = { statement: this.prepare(sql), slots }
      this.templates.set(key, template)
    }
    const { statement, slots } = template
    const values = slots.map((slot) => {
      if ('constant' in slot) return slot.constant
      const at = slot.param.indexOf('[')
      if (at < 0) return params[slot.param]
      return (params[slot.param.slice(0, at)] as unknown[])[Number(slot.param.slice(at + 1, -1))]
    })
    return { all: () => statement.all(...values) as R[], first: () => statement.get(...values) as R | undefined }
  }

  private standIn(standIns: Map<unknown, string>, name: string): string {
    const token = `\u0000param:${name}:${standIns.size}`
    standIns.set(token, name)
    return token
  }

  /** All rows of a kysely query, run synchronously. */
  all<R>(query: Compilable<R>): R[] {
    const { sql, parameters } = query.compile()
    return this.prepare(sql).all(...(parameters as unknown[])) as R[]
  }

  /** First row of a kysely query, or undefined. */
  first<R>(query: Compilable<R>): R | undefined {
    const { sql, parameters } = query.compile()
    return this.prepare(sql).get(...(parameters as unknown[])) as R | undefined
  }

  /** Run a writing kysely query; returns the number of changed rows. */
  run(query: Compilable<unknown>): number {
    const { sql, parameters } = query.compile()
    return this.prepare(sql).run(...(parameters as unknown[])).changes
  }

  /**
   * Insert many rows with one prepared statement: kysely compiles the first row's insert and
   * the same statement runs for every row (all rows must have the same columns, in order).
   */
  insertMany<T extends keyof DB & string>(table: T, rows: readonly InsertObject<DB, T>[]): void {
    const first = rows[0]
    if (!first) return
    const columns = Object.keys(first)
    const { sql } = this.kysely.insertInto(table).values(first).compile()
    const statement = this.prepare(sql)
    this.transaction(() => {
      for (const row of rows) {
        const record = row as Record<string, unknown>
        statement.run(...columns.map((column) => record[column]))
      }
    })
  }

  /**
   * Run `fn` in one transaction. Nested calls join the outer transaction (they do not open
   * savepoints), so a handler and the services it calls commit or roll back together.
   */
  transaction<T>(fn: () => T): T {
    if (this.depth > 0) return fn()
    this.depth++
    try {
      return this.raw.transaction(fn)()
    } finally {
      this.depth--
    }
  }

  get inTransaction(): boolean {
    return this.depth > 0
  }

  /** Bring the schema to the latest version through the static migration provider. */
  async migrate(): Promise<string> {
    const migrator = new Migrator({ db: this.kysely, provider: migrationProvider })
    const { error, results } = await migrator.migrateToLatest()
    if (error) {
      const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
      throw new Error(`数据库迁移失败 (migration ${failed}): ${String(error)}`)
    }
    return latestSchemaVersion
  }

  /** `PRAGMA integrity_check`: 'ok' or the first problems SQLite reports. */
  integrityCheck(): string {
    const rows = this.raw.pragma('integrity_check') as { integrity_check: string }[]
    return rows.map((r) => r.integrity_check).join('; ')
  }

  sizeBytes(): number {
    if (this.file === ':memory:') return (this.raw.pragma('page_count', { simple: true }) as number) * (this.raw.pragma('page_size', { simple: true }) as number)
    let size = 0
    for (const suffix of ['', '-wal']) {
      try {
        size += statSync(this.file + suffix).size
      } catch {
        // the WAL file does not exist between checkpoints
      }
    }
    return size
  }

  /** SQLite's online backup: consistent while the app keeps writing. */
  async backup(destination: string): Promise<number> {
    mkdirSync(dirname(destination), { recursive: true })
    await this.raw.backup(destination)
    return statSync(destination).size
  }

  close(): void {
    this.statements.clear()
    this.templates.clear()
    this.raw.close()
  }
}

export async function openDatabase(options: OpenOptions): Promise<AppDatabase> {
  const db = new AppDatabase(options.file, options.nativeBinding)
  await db.migrate()
  return db
}
