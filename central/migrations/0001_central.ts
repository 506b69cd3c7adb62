import type { Kysely, Migration } from 'kysely'
import type { CentralDialect } from '../db'

/**
 * The central schema. Written with the schema builder so one migration serves SQLite and
 * PostgreSQL; only the change sequence differs (SQLite's AUTOINCREMENT never reuses a seq,
 * PostgreSQL's bigserial is its equivalent).
 */
export function centralSchema(dialect: CentralDialect): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('terminals')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('office_code', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('partitions', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('public_key', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('epoch', 'integer', (c) => c.notNull())
        .addColumn('range_slot', 'integer', (c) => c.notNull())
        .addColumn('enrolled_at', 'text', (c) => c.notNull())
        .addColumn('de_enrolled_at', 'text')
        .addColumn('last_seen_at', 'text')
        .addColumn('last_push_at', 'text')
        .addColumn('last_pull_at', 'text')
        .addColumn('last_sync_at', 'text')
        .addColumn('queue_depth', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('oldest_pending_at', 'text')
        .addColumn('clock_offset_ms', 'integer')
        .addColumn('rejected_open', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('app_version', 'text')
        .addColumn('schema_version', 'integer')
        .execute()
      // A slot is never handed out twice (enrolment keeps it unique per division), de-enrolled terminals included: their numbers exist on paper.
      await db.schema.createIndex('terminals_office_slot').on('terminals').columns(['office_code', 'range_slot']).unique().execute()

      await db.schema
        .createTable('enrolment_codes')
        .addColumn('code_hash', 'text', (c) => c.primaryKey())
        .addColumn('office_code', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('partitions', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addColumn('terminal_id', 'text')
        .execute()

      await db.schema
        .createTable('commands')
        .addColumn('idempotency_key', 'text', (c) => c.primaryKey())
        .addColumn('terminal_id', 'text', (c) => c.notNull())
        .addColumn('epoch', 'integer', (c) => c.notNull())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('command', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('result', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('commands_terminal_status').on('commands').columns(['terminal_id', 'status']).execute()

      await db.schema
        .createTable('records')
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('partition', 'text', (c) => c.notNull())
        .addColumn('row', 'text', (c) => c.notNull())
        .addColumn('updated_seq', 'bigint', (c) => c.notNull())
        .addColumn('citizen_id', 'text')
        .addPrimaryKeyConstraint('records_pk', ['entity', 'key'])
        .execute()
      await db.schema.createIndex('records_partition_entity_key').on('records').columns(['partition', 'entity', 'key']).execute()
      await db.schema.createIndex('records_citizen').on('records').columns(['citizen_id', 'entity']).execute()

      await db.schema
        .createTable('changes')
        .$call((table) =>
          dialect === 'postgres'
            ? table.addColumn('seq', 'bigserial', (c) => c.primaryKey())
            : table.addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
        )
        .addColumn('partition', 'text', (c) => c.notNull())
        .addColumn('entity', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('row', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('changes_partition_seq').on('changes').columns(['partition', 'seq']).execute()

      await db.schema
        .createTable('accounts')
        .addColumn('citizen_id', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull())
        .addColumn('terminal_id', 'text', (c) => c.notNull())
        .addColumn('idempotency_key', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('payments')
        .addColumn('violation_id', 'text', (c) => c.primaryKey())
        .addColumn('payment_id', 'text', (c) => c.notNull())
        .addColumn('terminal_id', 'text', (c) => c.notNull())
        .addColumn('decision_number', 'text', (c) => c.notNull())
        .addColumn('total_fen', 'integer', (c) => c.notNull())
        .addColumn('paid_at', 'text', (c) => c.notNull())
        .execute()
    }
  }
}
