import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { centralMigrations } from './migrations'
import type { CentralDB } from './schema'

export type CentralDialect = 'sqlite' | 'postgres'

export interface CentralDatabase {
  readonly db: Kysely<CentralDB>
  readonly dialect: CentralDialect
  close(): Promise<void>
}

export interface CentralDatabaseOptions {
  /** postgres://… selects PostgreSQL; otherwise SQLite. */
  readonly databaseUrl?: string
  /** SQLite file; ':memory:' (the default) for tests. */
  readonly file?: string
  /** PostgreSQL schema to live in (created if missing), so tests can share one database. */
  readonly schema?: string
}

const INT8_OID = 20

/**
 * Open and migrate the central database. PostgreSQL returns bigint (seq, count) as text by
 * default; seqs stay far below 2^53, so they are parsed as numbers like SQLite returns them.
 */
export async function openCentralDatabase(options: CentralDatabaseOptions = {}): Promise<CentralDatabase> {
  const url = options.databaseUrl
  const central = url && /^postgres(ql)?:\/\//.test(url) ? await openPostgres(url, options.schema) : openSqlite(options.file ?? ':memory:')
  // Kysely looks for its migration tables in every schema; name ours, or a sibling schema's tables would count.
  const migrationTableSchema = central.dialect === 'postgres' ? (options.schema ?? 'public') : undefined
  const migrator = new Migrator({ db: central.db, provider: centralMigrations(central.dialect), migrationTableSchema })
  const { error } = await migrator.migrateToLatest()
  if (error) {
    await central.close()
    throw error instanceof Error ? error : new Error(String(error))
  }
  return central
}

function openSqlite(file: string): CentralDatabase {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true })
  const sqlite = new Database(file)
  sqlite.pragma('journal_mode = WAL')
  // WAL with synchronous NORMAL stays durable across application crashes and is far faster per commit.
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('busy_timeout = 5000')
  const db = new Kysely<CentralDB>({ dialect: new SqliteDialect({ database: sqlite }) })
  return { db, dialect: 'sqlite', close: () => db.destroy() }
}

async function openPostgres(url: string, schema: string | undefined): Promise<CentralDatabase> {
  if (schema !== undefined) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new RangeError(`invalid schema name: ${schema}`)
    // search_path may name a schema that does not exist yet: create it before the pool uses it.
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      await client.query(`create schema if not exists ${schema}`)
    } finally {
      await client.end()
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser }
  })
  const db = new Kysely<CentralDB>({ dialect: new PostgresDialect({ pool }) })
  return { db, dialect: 'postgres', close: () => db.destroy() }
}
