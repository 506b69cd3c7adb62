import { sql, type Kysely } from 'kysely'

/**
 * Sync with the central service (issue #6). Frozen once landed.
 *  - sync_state: one row once the terminal is enrolled (central URL, HMAC secret, partitions,
 *    last success, back-off, clock offset);
 *  - sync_partitions: the pull cursor of each partition and the state of its snapshot and checksum;
 *  - sync_snapshot_seen: keys met during a repair snapshot, so rows the central service no
 *    longer has can be removed afterwards;
 *  - sync_tasks: follow-up work from commands the central service refused (refund cases);
 *  - outbox: push attempts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`CREATE TABLE sync_state (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      central_url TEXT NOT NULL,
      secret TEXT NOT NULL,
      partitions TEXT NOT NULL CHECK (json_valid(partitions)),
      enrolled_at TEXT NOT NULL,
      central_demo INTEGER NOT NULL CHECK (central_demo IN (0,1)),
      last_success_at TEXT,
      last_attempt_at TEXT,
      last_error_code TEXT,
      last_error_message TEXT,
      last_error_at TEXT,
      consecutive_failures INTEGER NOT NULL DEFAULT 0,
      next_attempt_at TEXT,
      clock_offset_ms INTEGER
    ) STRICT`,
    sql`CREATE TABLE sync_partitions (
      partition TEXT PRIMARY KEY,
      cursor INTEGER NOT NULL DEFAULT 0,
      head INTEGER,
      snapshot_state TEXT CHECK (snapshot_state IS NULL OR snapshot_state IN ('initial','repair')),
      snapshot_as_of INTEGER,
      snapshot_entity TEXT,
      snapshot_after_key TEXT,
      checksum TEXT NOT NULL DEFAULT 'unchecked' CHECK (checksum IN ('unchecked','ok','mismatch','repaired')),
      verified_at TEXT
    ) STRICT`,
    sql`CREATE TABLE sync_snapshot_seen (
      partition TEXT NOT NULL,
      entity TEXT NOT NULL,
      key TEXT NOT NULL,
      PRIMARY KEY (partition, entity, key)
    ) STRICT, WITHOUT ROWID`,
    sql`CREATE TABLE sync_tasks (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('refund','review')),
      state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','done')),
      command TEXT NOT NULL,
      idempotency_key TEXT NOT NULL UNIQUE,
      code TEXT NOT NULL,
      message TEXT NOT NULL,
      amount_fen INTEGER,
      payment_id TEXT,
      decision_numbers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(decision_numbers)),
      created_at TEXT NOT NULL,
      resolved_at TEXT,
      resolved_by TEXT,
      note TEXT
    ) STRICT`,
    sql`CREATE INDEX sync_tasks_state ON sync_tasks(state, created_at)`,
    sql`ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0`,
    sql`ALTER TABLE outbox ADD COLUMN pushed_at TEXT`
  ]
  for (const statement of statements) await statement.execute(db)
}
